/**
 * Version 2: the group's duty-points rules (履职积分规则), one row per year that has its own.
 * A year without a row is scored by the defaults of shared/pointsRules.ts. The rules are one JSON
 * document, validated by the contract before it is written: they are read and saved as a whole,
 * and a rule added in a later version needs no schema change (missing keys read as the defaults).
 */
export const sql = `
CREATE TABLE points_rules (
  year INTEGER PRIMARY KEY CHECK (year BETWEEN 1949 AND 2200),
  rules TEXT NOT NULL CHECK (json_valid(rules) AND json_type(rules) = 'object'),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
) STRICT;
`;

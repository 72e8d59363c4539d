import { presets } from './0001-presets';

/**
 * Version 1: the whole domain of the liaison group's archive.
 * Every table is STRICT; enumerations are CHECKed with the codes of shared/enums.ts; dates are
 * ISO text checked to be real calendar dates; every user-visible row can go to the recycle bin
 * (deleted_at) instead of being deleted.
 */
const ts = `created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  deleted_at TEXT`;
const date = (col: string) => `CHECK (${col} IS NULL OR date(${col}) IS ${col})`;
const enumOf = (col: string, codes: string[]) =>
  `CHECK (${col} IN (${codes.map((c) => `'${c}'`).join(', ')}))`;
const jsonArray = (col: string) => `CHECK (json_valid(${col}) AND json_type(${col}) = 'array')`;

const activityTypes = [
  'study', 'inspection', 'research', 'consultation', 'supervision', 'briefing',
  'fellowship', 'charity', 'reception', 'meeting', 'other',
];

/** Keeps search_index in step with a table: live rows indexed, rows in the recycle bin not. */
function indexed(table: string, kind: number, title: string, body: string): string {
  const row = (r: 'new' | 'old') => `${kind} * 10000000000 + ${r}.id`;
  const put = (r: 'new') =>
    `INSERT INTO search_index (rowid, title, body) SELECT ${row(r)}, ${title.replaceAll('$', r)}, ${body.replaceAll('$', r)} WHERE ${r}.deleted_at IS NULL;`;
  return `
CREATE TRIGGER ${table}_search_insert AFTER INSERT ON ${table} BEGIN ${put('new')} END;
CREATE TRIGGER ${table}_search_update AFTER UPDATE ON ${table} BEGIN
  DELETE FROM search_index WHERE rowid = ${row('old')}; ${put('new')} END;
CREATE TRIGGER ${table}_search_delete AFTER DELETE ON ${table} BEGIN
  DELETE FROM search_index WHERE rowid = ${row('old')}; END;`;
}
const cat = (...cols: string[]) => cols.map((c) => `coalesce($.${c}, '')`).join(` || ' ' || `);

const searchTriggers = [
  indexed('members', 1, '$.name', cat('sector', 'party', 'work_unit', 'linked_community', 'phone', 'notes')),
  indexed('activities', 2, '$.title', cat('place', 'content', 'responsible', 'organiser', 'suggestions_text', 'report_title')),
  indexed('proposals', 3, '$.title', cat('session', 'number', 'category', 'content', 'main_unit', 'assist_units')),
  indexed('opinion_reports', 4, '$.title', cat('content', 'endorsement', 'endorsed_by')),
  indexed('deeds', 5, '$.title', cat('content', 'source')),
  indexed('documents', 6, '$.title', cat('body')),
].join('\n');

const q = (text: string) => `'${text.replaceAll("'", "''")}'`;
/** The three preset schemes, ids 1–3 in preset order; 八个一 (id 1) applies to a year with no binding. */
const presetSeed = Object.entries(presets)
  .map(([preset, scheme], i) => {
    const id = i + 1;
    const items = scheme.items.map(
      (it, pos) =>
        `INSERT INTO duty_scheme_items (scheme_id, code, label, required_count, credit_activity_types, credit_kinds, position) VALUES (${id}, ${q(it.code)}, ${q(it.label)}, ${it.requiredCount}, ${q(JSON.stringify(it.creditActivityTypes))}, ${q(JSON.stringify(it.creditKinds))}, ${pos});`,
    );
    return [`INSERT INTO duty_schemes (id, name, preset) VALUES (${id}, ${q(scheme.name)}, ${q(preset)});`, ...items].join('\n');
  })
  .join('\n');

export const sql = `
CREATE TABLE group_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL DEFAULT '',
  parent_committee TEXT NOT NULL DEFAULT '',
  term TEXT NOT NULL DEFAULT '',
  current_year INTEGER NOT NULL DEFAULT (CAST(strftime('%Y','now') AS INTEGER)),
  points_enabled INTEGER NOT NULL DEFAULT 0 CHECK (points_enabled IN (0, 1)),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
) STRICT;
INSERT INTO group_settings (id) VALUES (1);

CREATE TABLE members (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  name_initials TEXT NOT NULL DEFAULT '',
  gender TEXT ${enumOf('gender', ['male', 'female'])},
  birth_date TEXT CHECK (birth_date IS NULL OR date(birth_date) IS birth_date OR date(birth_date || '-01') IS birth_date || '-01'),
  ethnicity TEXT,
  party TEXT,
  sector TEXT,
  special_committee TEXT,
  committee_levels TEXT NOT NULL DEFAULT '[]' ${jsonArray('committee_levels')},
  term TEXT,
  position TEXT NOT NULL DEFAULT 'member' ${enumOf('position', ['chairman', 'vice_chairman', 'standing', 'member'])},
  group_role TEXT NOT NULL DEFAULT 'none' ${enumOf('group_role', ['leader', 'deputy_leader', 'liaison', 'none'])},
  work_unit TEXT,
  phone TEXT,
  id_number TEXT,
  address TEXT,
  linked_community TEXT,
  status TEXT NOT NULL DEFAULT 'active' ${enumOf('status', ['active', 'suspended', 'left'])},
  joined_on TEXT ${date('joined_on')},
  left_on TEXT ${date('left_on')},
  notes TEXT,
  ${ts},
  CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on)
) STRICT;
CREATE INDEX members_live_name ON members (deleted_at, name);
CREATE INDEX members_sector ON members (sector) WHERE deleted_at IS NULL;
CREATE INDEX members_initials ON members (name_initials) WHERE deleted_at IS NULL;

CREATE TABLE plan_items (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
  month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
  period TEXT ${enumOf('period', ['early', 'mid', 'late'])},
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  activity_type TEXT ${enumOf('activity_type', activityTypes)},
  description TEXT,
  ${ts}
) STRICT;
CREATE INDEX plan_items_year ON plan_items (year, month) WHERE deleted_at IS NULL;

CREATE TABLE activities (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL ${enumOf('type', activityTypes)},
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  starts_on TEXT NOT NULL ${date('starts_on')},
  start_time TEXT CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  ends_on TEXT ${date('ends_on')},
  end_time TEXT CHECK (end_time IS NULL OR end_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  year INTEGER GENERATED ALWAYS AS (CAST(substr(starts_on, 1, 4) AS INTEGER)) VIRTUAL,
  place TEXT,
  content TEXT,
  responsible TEXT,
  organiser TEXT,
  collective INTEGER NOT NULL DEFAULT 1 CHECK (collective IN (0, 1)),
  suggestions_count INTEGER NOT NULL DEFAULT 0 CHECK (suggestions_count >= 0),
  suggestions_text TEXT,
  report_title TEXT,
  follow_up TEXT,
  status TEXT NOT NULL DEFAULT 'held' ${enumOf('status', ['planned', 'held', 'cancelled'])},
  plan_item_id INTEGER REFERENCES plan_items (id),
  notes TEXT,
  ${ts},
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
) STRICT;
CREATE INDEX activities_year ON activities (year, starts_on) WHERE deleted_at IS NULL;
CREATE INDEX activities_live_date ON activities (deleted_at, starts_on);
CREATE INDEX activities_type ON activities (type, starts_on) WHERE deleted_at IS NULL;
CREATE INDEX activities_plan_item ON activities (plan_item_id) WHERE plan_item_id IS NOT NULL;

CREATE TABLE activity_participants (
  activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members (id),
  attendance TEXT NOT NULL ${enumOf('attendance', ['present', 'excused', 'absent'])},
  leave_reason TEXT,
  role TEXT,
  PRIMARY KEY (activity_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX activity_participants_member ON activity_participants (member_id, attendance);

CREATE TABLE duty_schemes (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  preset TEXT ${enumOf('preset', ['eight', 'five', 'four'])},
  ${ts}
) STRICT;

CREATE TABLE duty_scheme_items (
  id INTEGER PRIMARY KEY,
  scheme_id INTEGER NOT NULL REFERENCES duty_schemes (id) ON DELETE CASCADE,
  code TEXT NOT NULL CHECK (length(code) > 0),
  label TEXT NOT NULL CHECK (length(trim(label)) > 0),
  required_count INTEGER NOT NULL DEFAULT 1 CHECK (required_count BETWEEN 0 AND 100),
  credit_activity_types TEXT NOT NULL DEFAULT '[]' ${jsonArray('credit_activity_types')},
  credit_kinds TEXT NOT NULL DEFAULT '[]' ${jsonArray('credit_kinds')},
  position INTEGER NOT NULL DEFAULT 0,
  UNIQUE (scheme_id, code)
) STRICT;

CREATE TABLE year_schemes (
  year INTEGER PRIMARY KEY CHECK (year BETWEEN 1949 AND 2200),
  scheme_id INTEGER NOT NULL REFERENCES duty_schemes (id)
) STRICT;

CREATE TABLE duty_records (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members (id),
  year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
  item_code TEXT NOT NULL,
  done_on TEXT ${date('done_on')},
  description TEXT NOT NULL CHECK (length(trim(description)) > 0),
  evidence TEXT,
  ${ts}
) STRICT;
CREATE INDEX duty_records_year ON duty_records (year, member_id) WHERE deleted_at IS NULL;

CREATE TABLE proposals (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
  session TEXT,
  number TEXT,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  category TEXT,
  content TEXT,
  lead_member_id INTEGER REFERENCES members (id),
  submitted_on TEXT ${date('submitted_on')},
  filing TEXT NOT NULL DEFAULT 'pending' ${enumOf('filing', ['pending', 'accepted', 'not_accepted', 'converted'])},
  main_unit TEXT,
  assist_units TEXT,
  reply_on TEXT ${date('reply_on')},
  result TEXT ${enumOf('result', ['A', 'B', 'C', 'D'])},
  satisfaction TEXT ${enumOf('satisfaction', ['satisfied', 'basically', 'dissatisfied'])},
  notes TEXT,
  ${ts}
) STRICT;
CREATE INDEX proposals_year ON proposals (year, filing) WHERE deleted_at IS NULL;
CREATE INDEX proposals_lead ON proposals (lead_member_id);

CREATE TABLE proposal_cosigners (
  proposal_id INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members (id),
  PRIMARY KEY (proposal_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX proposal_cosigners_member ON proposal_cosigners (member_id);

CREATE TABLE opinion_reports (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  content TEXT,
  submitted_on TEXT ${date('submitted_on')},
  status TEXT NOT NULL DEFAULT 'submitted' ${enumOf('status', ['draft', 'submitted', 'adopted'])},
  adopted_level TEXT ${enumOf('adopted_level', ['county', 'city', 'province', 'national'])},
  adopted_on TEXT ${date('adopted_on')},
  endorsement TEXT,
  endorsed_by TEXT,
  endorsed_on TEXT ${date('endorsed_on')},
  notes TEXT,
  ${ts},
  CHECK (status <> 'adopted' OR adopted_level IS NOT NULL)
) STRICT;
CREATE INDEX opinion_reports_year ON opinion_reports (year, status) WHERE deleted_at IS NULL;

CREATE TABLE opinion_report_members (
  report_id INTEGER NOT NULL REFERENCES opinion_reports (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members (id),
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (report_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX opinion_report_members_member ON opinion_report_members (member_id);

CREATE TABLE deeds (
  id INTEGER PRIMARY KEY,
  member_id INTEGER REFERENCES members (id),
  year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  happened_on TEXT ${date('happened_on')},
  content TEXT,
  source TEXT,
  ${ts}
) STRICT;
CREATE INDEX deeds_year ON deeds (year, member_id) WHERE deleted_at IS NULL;

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
  kind TEXT NOT NULL ${enumOf('kind', ['annual_plan', 'half_year_summary', 'annual_summary', 'member_summary', 'other'])},
  member_id INTEGER REFERENCES members (id),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  body TEXT NOT NULL DEFAULT '',
  ${ts},
  CHECK ((kind = 'member_summary') = (member_id IS NOT NULL))
) STRICT;
CREATE INDEX documents_year ON documents (year, kind) WHERE deleted_at IS NULL;

CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size INTEGER NOT NULL CHECK (size >= 0),
  data BLOB NOT NULL
) STRICT;

CREATE TABLE attachments (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL REFERENCES blobs (sha256),
  name TEXT NOT NULL CHECK (length(name) > 0),
  mime TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  owner_kind TEXT NOT NULL ${enumOf('owner_kind', ['activity', 'duty_record', 'proposal', 'opinion_report', 'deed', 'document', 'member'])},
  owner_id INTEGER NOT NULL,
  caption TEXT,
  ${ts}
) STRICT;
CREATE INDEX attachments_owner ON attachments (owner_kind, owner_id) WHERE deleted_at IS NULL;

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  actor TEXT NOT NULL DEFAULT '',
  entity TEXT NOT NULL,
  entity_id INTEGER,
  action TEXT NOT NULL ${enumOf('action', ['create', 'update', 'delete', 'restore', 'import'])},
  summary TEXT NOT NULL DEFAULT '',
  before TEXT CHECK (before IS NULL OR json_valid(before)),
  after TEXT CHECK (after IS NULL OR json_valid(after))
) STRICT;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, at);
CREATE INDEX audit_log_at ON audit_log (at);

-- rowid = kind * 10^10 + the row's id (see db/search/searchKinds.ts), so a trigger finds its row directly.
CREATE VIRTUAL TABLE search_index USING fts5 (title, body, tokenize = 'trigram');
${searchTriggers}
${presetSeed}
`;

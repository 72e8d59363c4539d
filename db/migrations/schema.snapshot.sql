-- index activities_live_date
CREATE INDEX activities_live_date ON activities (deleted_at, starts_on);

-- index activities_plan_item
CREATE INDEX activities_plan_item ON activities (plan_item_id) WHERE plan_item_id IS NOT NULL;

-- index activities_type
CREATE INDEX activities_type ON activities (type, starts_on) WHERE deleted_at IS NULL;

-- index activities_year
CREATE INDEX activities_year ON activities (year, starts_on) WHERE deleted_at IS NULL;

-- index activities_year_credit
CREATE INDEX activities_year_credit ON activities (year, status, type) WHERE deleted_at IS NULL;

-- index activity_participants_member
CREATE INDEX activity_participants_member ON activity_participants (member_id, attendance);

-- index attachments_owner
CREATE INDEX attachments_owner ON attachments (owner_kind, owner_id) WHERE deleted_at IS NULL;

-- index audit_log_at
CREATE INDEX audit_log_at ON audit_log (at);

-- index audit_log_entity
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, at);

-- index audit_log_entity_recent
CREATE INDEX audit_log_entity_recent ON audit_log (entity, id);

-- index deeds_year
CREATE INDEX deeds_year ON deeds (year, member_id) WHERE deleted_at IS NULL;

-- index documents_year
CREATE INDEX documents_year ON documents (year, kind) WHERE deleted_at IS NULL;

-- index duty_records_year
CREATE INDEX duty_records_year ON duty_records (year, member_id) WHERE deleted_at IS NULL;

-- index members_initials
CREATE INDEX members_initials ON members (name_initials) WHERE deleted_at IS NULL;

-- index members_live_name
CREATE INDEX members_live_name ON members (deleted_at, name);

-- index members_names
CREATE INDEX members_names ON members (name_key, id, name, name_initials, sector, status) WHERE deleted_at IS NULL;

-- index members_sector
CREATE INDEX members_sector ON members (sector) WHERE deleted_at IS NULL;

-- index opinion_report_members_member
CREATE INDEX opinion_report_members_member ON opinion_report_members (member_id);

-- index opinion_reports_year
CREATE INDEX opinion_reports_year ON opinion_reports (year, status) WHERE deleted_at IS NULL;

-- index opinion_reports_year_date
CREATE INDEX opinion_reports_year_date ON opinion_reports (year, submitted_on IS NULL, submitted_on DESC, id DESC) WHERE deleted_at IS NULL;

-- index plan_items_year
CREATE INDEX plan_items_year ON plan_items (year, month) WHERE deleted_at IS NULL;

-- index proposal_cosigners_member
CREATE INDEX proposal_cosigners_member ON proposal_cosigners (member_id);

-- index proposals_lead
CREATE INDEX proposals_lead ON proposals (lead_member_id);

-- index proposals_year
CREATE INDEX proposals_year ON proposals (year, filing) WHERE deleted_at IS NULL;

-- index proposals_year_date
CREATE INDEX proposals_year_date ON proposals (year, submitted_on IS NULL, submitted_on DESC, id DESC) WHERE deleted_at IS NULL;

-- index proposals_year_lead
CREATE INDEX proposals_year_lead ON proposals (year, lead_member_id) WHERE deleted_at IS NULL;

-- table activities
CREATE TABLE activities (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('study', 'inspection', 'research', 'consultation', 'supervision', 'briefing', 'fellowship', 'charity', 'reception', 'meeting', 'other')),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  starts_on TEXT NOT NULL CHECK (starts_on IS NULL OR date(starts_on) IS starts_on),
  start_time TEXT CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  ends_on TEXT CHECK (ends_on IS NULL OR date(ends_on) IS ends_on),
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
  status TEXT NOT NULL DEFAULT 'held' CHECK (status IN ('planned', 'held', 'cancelled')),
  plan_item_id INTEGER REFERENCES plan_items (id),
  notes TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  deleted_at TEXT,
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
) STRICT;

-- table activity_participants
CREATE TABLE activity_participants (
  activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members (id),
  attendance TEXT NOT NULL CHECK (attendance IN ('present', 'excused', 'absent')),
  leave_reason TEXT,
  role TEXT,
  PRIMARY KEY (activity_id, member_id)
) STRICT, WITHOUT ROWID;

-- table attachments
CREATE TABLE attachments (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL REFERENCES blobs (sha256),
  name TEXT NOT NULL CHECK (length(name) > 0),
  mime TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  owner_kind TEXT NOT NULL CHECK (owner_kind IN ('activity', 'duty_record', 'proposal', 'opinion_report', 'deed', 'document', 'member')),
  owner_id INTEGER NOT NULL,
  caption TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  deleted_at TEXT
) STRICT;

-- table audit_log
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  actor TEXT NOT NULL DEFAULT '',
  entity TEXT NOT NULL,
  entity_id INTEGER,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'import')),
  summary TEXT NOT NULL DEFAULT '',
  before TEXT CHECK (before IS NULL OR json_valid(before)),
  after TEXT CHECK (after IS NULL OR json_valid(after))
) STRICT;

-- table blobs
CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size INTEGER NOT NULL CHECK (size >= 0),
  data BLOB NOT NULL
) STRICT;

-- table deeds
CREATE TABLE deeds (
  id INTEGER PRIMARY KEY,
  member_id INTEGER REFERENCES members (id),
  year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  happened_on TEXT CHECK (happened_on IS NULL OR date(happened_on) IS happened_on),
  content TEXT,
  source TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  deleted_at TEXT
) STRICT;

-- table documents
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
  kind TEXT NOT NULL CHECK (kind IN ('annual_plan', 'half_year_summary', 'annual_summary', 'member_summary', 'other')),
  member_id INTEGER REFERENCES members (id),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  body TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  deleted_at TEXT,
  CHECK ((kind = 'member_summary') = (member_id IS NOT NULL))
) STRICT;

-- table duty_counts
CREATE TABLE duty_counts (
  year INTEGER NOT NULL,
  member_id INTEGER NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('activity', 'sheet', 'proposal', 'opinion_report', 'deed', 'member_summary', 'record')),
  key TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (year, source, key, member_id)
) STRICT, WITHOUT ROWID;

-- table duty_records
CREATE TABLE duty_records (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members (id),
  year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
  item_code TEXT NOT NULL,
  done_on TEXT CHECK (done_on IS NULL OR date(done_on) IS done_on),
  description TEXT NOT NULL CHECK (length(trim(description)) > 0),
  evidence TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  deleted_at TEXT
) STRICT;

-- table duty_scheme_items
CREATE TABLE duty_scheme_items (
  id INTEGER PRIMARY KEY,
  scheme_id INTEGER NOT NULL REFERENCES duty_schemes (id) ON DELETE CASCADE,
  code TEXT NOT NULL CHECK (length(code) > 0),
  label TEXT NOT NULL CHECK (length(trim(label)) > 0),
  required_count INTEGER NOT NULL DEFAULT 1 CHECK (required_count BETWEEN 0 AND 100),
  credit_activity_types TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(credit_activity_types) AND json_type(credit_activity_types) = 'array'),
  credit_kinds TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(credit_kinds) AND json_type(credit_kinds) = 'array'),
  position INTEGER NOT NULL DEFAULT 0,
  UNIQUE (scheme_id, code)
) STRICT;

-- table duty_schemes
CREATE TABLE duty_schemes (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  preset TEXT CHECK (preset IN ('eight', 'five', 'four')),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  deleted_at TEXT
) STRICT;

-- table filing_numbers
CREATE TABLE filing_numbers (
  year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
  kind TEXT NOT NULL CHECK (kind IN ('activity', 'document', 'proposal', 'opinionReport', 'deed')),
  record_id INTEGER NOT NULL,
  archival_code TEXT NOT NULL,
  title TEXT NOT NULL,
  filed_at TEXT NOT NULL,
  PRIMARY KEY (year, kind, record_id)
) STRICT, WITHOUT ROWID;

-- table filing_retention
CREATE TABLE filing_retention (
  kind TEXT NOT NULL CHECK (kind IN ('activity', 'document', 'proposal', 'opinionReport', 'deed')),
  record_id INTEGER NOT NULL,
  retention TEXT NOT NULL CHECK (retention IN ('Y', 'D30', 'D10')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  PRIMARY KEY (kind, record_id)
) STRICT, WITHOUT ROWID;

-- table filing_settings
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

-- table group_settings
CREATE TABLE group_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL DEFAULT '',
  parent_committee TEXT NOT NULL DEFAULT '',
  term TEXT NOT NULL DEFAULT '',
  current_year INTEGER NOT NULL DEFAULT (CAST(strftime('%Y','now') AS INTEGER)),
  points_enabled INTEGER NOT NULL DEFAULT 0 CHECK (points_enabled IN (0, 1)),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
, name_order TEXT NOT NULL DEFAULT 'pinyin' CHECK (name_order IN ('pinyin', 'strokes')), party_committee TEXT NOT NULL DEFAULT '', government TEXT NOT NULL DEFAULT '') STRICT;

-- table members
CREATE TABLE members (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  name_initials TEXT NOT NULL DEFAULT '',
  gender TEXT CHECK (gender IN ('male', 'female')),
  birth_date TEXT CHECK (birth_date IS NULL OR date(birth_date) IS birth_date OR date(birth_date || '-01') IS birth_date || '-01'),
  ethnicity TEXT,
  party TEXT,
  sector TEXT,
  special_committee TEXT,
  committee_levels TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(committee_levels) AND json_type(committee_levels) = 'array'),
  term TEXT,
  position TEXT NOT NULL DEFAULT 'member' CHECK (position IN ('chairman', 'vice_chairman', 'standing', 'member')),
  group_role TEXT NOT NULL DEFAULT 'none' CHECK (group_role IN ('leader', 'deputy_leader', 'liaison', 'none')),
  work_unit TEXT,
  phone TEXT,
  id_number TEXT,
  address TEXT,
  linked_community TEXT,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'left')),
  joined_on TEXT CHECK (joined_on IS NULL OR date(joined_on) IS joined_on),
  left_on TEXT CHECK (left_on IS NULL OR date(left_on) IS left_on),
  notes TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  deleted_at TEXT, name_key TEXT NOT NULL DEFAULT '',
  CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on)
) STRICT;

-- table opinion_report_members
CREATE TABLE opinion_report_members (
  report_id INTEGER NOT NULL REFERENCES opinion_reports (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members (id),
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (report_id, member_id)
) STRICT, WITHOUT ROWID;

-- table opinion_reports
CREATE TABLE opinion_reports (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  content TEXT,
  submitted_on TEXT CHECK (submitted_on IS NULL OR date(submitted_on) IS submitted_on),
  status TEXT NOT NULL DEFAULT 'submitted' CHECK (status IN ('draft', 'submitted', 'adopted')),
  adopted_level TEXT CHECK (adopted_level IN ('county', 'city', 'province', 'national')),
  adopted_on TEXT CHECK (adopted_on IS NULL OR date(adopted_on) IS adopted_on),
  endorsement TEXT,
  endorsed_by TEXT,
  endorsed_on TEXT CHECK (endorsed_on IS NULL OR date(endorsed_on) IS endorsed_on),
  notes TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  deleted_at TEXT,
  CHECK (status <> 'adopted' OR adopted_level IS NOT NULL)
) STRICT;

-- table plan_items
CREATE TABLE plan_items (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
  month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
  period TEXT CHECK (period IN ('early', 'mid', 'late')),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  activity_type TEXT CHECK (activity_type IN ('study', 'inspection', 'research', 'consultation', 'supervision', 'briefing', 'fellowship', 'charity', 'reception', 'meeting', 'other')),
  description TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  deleted_at TEXT
) STRICT;

-- table points_rules
CREATE TABLE points_rules (
  year INTEGER PRIMARY KEY CHECK (year BETWEEN 1949 AND 2200),
  rules TEXT NOT NULL CHECK (json_valid(rules) AND json_type(rules) = 'object'),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
) STRICT;

-- table proposal_cosigners
CREATE TABLE proposal_cosigners (
  proposal_id INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members (id),
  PRIMARY KEY (proposal_id, member_id)
) STRICT, WITHOUT ROWID;

-- table proposals
CREATE TABLE proposals (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
  session TEXT,
  number TEXT,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  category TEXT,
  content TEXT,
  lead_member_id INTEGER REFERENCES members (id),
  submitted_on TEXT CHECK (submitted_on IS NULL OR date(submitted_on) IS submitted_on),
  filing TEXT NOT NULL DEFAULT 'pending' CHECK (filing IN ('pending', 'accepted', 'not_accepted', 'converted')),
  main_unit TEXT,
  assist_units TEXT,
  reply_on TEXT CHECK (reply_on IS NULL OR date(reply_on) IS reply_on),
  result TEXT CHECK (result IN ('A', 'B', 'C', 'D')),
  satisfaction TEXT CHECK (satisfaction IN ('satisfied', 'basically', 'dissatisfied')),
  notes TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  deleted_at TEXT
) STRICT;

-- table search_bigrams
CREATE VIRTUAL TABLE search_bigrams USING fts5 (grams, content = '', contentless_delete = 1, detail = 'none', tokenize = 'ascii');

-- table search_bigrams_config
CREATE TABLE 'search_bigrams_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_bigrams_data
CREATE TABLE 'search_bigrams_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_bigrams_docsize
CREATE TABLE 'search_bigrams_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);

-- table search_bigrams_idx
CREATE TABLE 'search_bigrams_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table search_index
CREATE VIRTUAL TABLE search_index USING fts5 (title, body, tokenize = 'trigram');

-- table search_index_config
CREATE TABLE 'search_index_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_index_content
CREATE TABLE 'search_index_content'(id INTEGER PRIMARY KEY, c0, c1);

-- table search_index_data
CREATE TABLE 'search_index_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_index_docsize
CREATE TABLE 'search_index_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table search_index_idx
CREATE TABLE 'search_index_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table year_schemes
CREATE TABLE year_schemes (
  year INTEGER PRIMARY KEY CHECK (year BETWEEN 1949 AND 2200),
  scheme_id INTEGER NOT NULL REFERENCES duty_schemes (id)
) STRICT;

-- trigger activities_bigrams_delete
CREATE TRIGGER activities_bigrams_delete AFTER DELETE ON activities BEGIN
  DELETE FROM search_bigrams WHERE rowid = 2 * 10000000000 + old.id; END;

-- trigger activities_bigrams_insert
CREATE TRIGGER activities_bigrams_insert AFTER INSERT ON activities BEGIN INSERT INTO search_bigrams (rowid, grams) SELECT 2 * 10000000000 + new.id, coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT new.title AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') || ' ' || coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT coalesce(new.place, '') || ' ' || coalesce(new.content, '') || ' ' || coalesce(new.responsible, '') || ' ' || coalesce(new.organiser, '') || ' ' || coalesce(new.suggestions_text, '') || ' ' || coalesce(new.report_title, '') AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') WHERE new.deleted_at IS NULL; END;

-- trigger activities_bigrams_update
CREATE TRIGGER activities_bigrams_update AFTER UPDATE ON activities BEGIN
  DELETE FROM search_bigrams WHERE rowid = 2 * 10000000000 + old.id; INSERT INTO search_bigrams (rowid, grams) SELECT 2 * 10000000000 + new.id, coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT new.title AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') || ' ' || coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT coalesce(new.place, '') || ' ' || coalesce(new.content, '') || ' ' || coalesce(new.responsible, '') || ' ' || coalesce(new.organiser, '') || ' ' || coalesce(new.suggestions_text, '') || ' ' || coalesce(new.report_title, '') AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') WHERE new.deleted_at IS NULL; END;

-- trigger activities_duty_delete
CREATE TRIGGER activities_duty_delete BEFORE DELETE ON activities BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT old.year, p.member_id, 'activity', old.type, -1 FROM activity_participants p
      WHERE p.activity_id = old.id AND p.attendance = 'present' AND old.deleted_at IS NULL AND old.status = 'held' ON CONFLICT DO UPDATE SET n = n + excluded.n;INSERT INTO duty_counts (year, member_id, source, key, n) SELECT old.year, p.member_id, 'sheet', p.attendance, -1 FROM activity_participants p
      WHERE p.activity_id = old.id AND old.deleted_at IS NULL AND old.status = 'held' ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger activities_duty_insert
CREATE TRIGGER activities_duty_insert AFTER INSERT ON activities BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT new.year, p.member_id, 'activity', new.type, 1 FROM activity_participants p
      WHERE p.activity_id = new.id AND p.attendance = 'present' AND new.deleted_at IS NULL AND new.status = 'held' ON CONFLICT DO UPDATE SET n = n + excluded.n;INSERT INTO duty_counts (year, member_id, source, key, n) SELECT new.year, p.member_id, 'sheet', p.attendance, 1 FROM activity_participants p
      WHERE p.activity_id = new.id AND new.deleted_at IS NULL AND new.status = 'held' ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger activities_duty_update
CREATE TRIGGER activities_duty_update AFTER UPDATE ON activities WHEN old.year IS NOT new.year OR old.type IS NOT new.type OR old.status IS NOT new.status OR old.id IS NOT new.id OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT old.year, p.member_id, 'activity', old.type, -1 FROM activity_participants p
      WHERE p.activity_id = old.id AND p.attendance = 'present' AND old.deleted_at IS NULL AND old.status = 'held' ON CONFLICT DO UPDATE SET n = n + excluded.n;INSERT INTO duty_counts (year, member_id, source, key, n) SELECT old.year, p.member_id, 'sheet', p.attendance, -1 FROM activity_participants p
      WHERE p.activity_id = old.id AND old.deleted_at IS NULL AND old.status = 'held' ON CONFLICT DO UPDATE SET n = n + excluded.n; INSERT INTO duty_counts (year, member_id, source, key, n) SELECT new.year, p.member_id, 'activity', new.type, 1 FROM activity_participants p
      WHERE p.activity_id = new.id AND p.attendance = 'present' AND new.deleted_at IS NULL AND new.status = 'held' ON CONFLICT DO UPDATE SET n = n + excluded.n;INSERT INTO duty_counts (year, member_id, source, key, n) SELECT new.year, p.member_id, 'sheet', p.attendance, 1 FROM activity_participants p
      WHERE p.activity_id = new.id AND new.deleted_at IS NULL AND new.status = 'held' ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger activities_search_delete
CREATE TRIGGER activities_search_delete AFTER DELETE ON activities BEGIN
  DELETE FROM search_index WHERE rowid = 2 * 10000000000 + old.id; END;

-- trigger activities_search_insert
CREATE TRIGGER activities_search_insert AFTER INSERT ON activities BEGIN INSERT INTO search_index (rowid, title, body) SELECT 2 * 10000000000 + new.id, new.title, coalesce(new.place, '') || ' ' || coalesce(new.content, '') || ' ' || coalesce(new.responsible, '') || ' ' || coalesce(new.organiser, '') || ' ' || coalesce(new.suggestions_text, '') || ' ' || coalesce(new.report_title, '') WHERE new.deleted_at IS NULL; END;

-- trigger activities_search_update
CREATE TRIGGER activities_search_update AFTER UPDATE ON activities BEGIN
  DELETE FROM search_index WHERE rowid = 2 * 10000000000 + old.id; INSERT INTO search_index (rowid, title, body) SELECT 2 * 10000000000 + new.id, new.title, coalesce(new.place, '') || ' ' || coalesce(new.content, '') || ' ' || coalesce(new.responsible, '') || ' ' || coalesce(new.organiser, '') || ' ' || coalesce(new.suggestions_text, '') || ' ' || coalesce(new.report_title, '') WHERE new.deleted_at IS NULL; END;

-- trigger activity_participants_duty_delete
CREATE TRIGGER activity_participants_duty_delete AFTER DELETE ON activity_participants BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT a.year, old.member_id, 'activity', a.type, -1 FROM activities a
      WHERE a.id = old.activity_id AND old.attendance = 'present' AND a.deleted_at IS NULL AND a.status = 'held' ON CONFLICT DO UPDATE SET n = n + excluded.n;INSERT INTO duty_counts (year, member_id, source, key, n) SELECT a.year, old.member_id, 'sheet', old.attendance, -1 FROM activities a
      WHERE a.id = old.activity_id AND a.deleted_at IS NULL AND a.status = 'held' ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger activity_participants_duty_insert
CREATE TRIGGER activity_participants_duty_insert AFTER INSERT ON activity_participants BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT a.year, new.member_id, 'activity', a.type, 1 FROM activities a
      WHERE a.id = new.activity_id AND new.attendance = 'present' AND a.deleted_at IS NULL AND a.status = 'held' ON CONFLICT DO UPDATE SET n = n + excluded.n;INSERT INTO duty_counts (year, member_id, source, key, n) SELECT a.year, new.member_id, 'sheet', new.attendance, 1 FROM activities a
      WHERE a.id = new.activity_id AND a.deleted_at IS NULL AND a.status = 'held' ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger activity_participants_duty_update
CREATE TRIGGER activity_participants_duty_update AFTER UPDATE ON activity_participants BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT a.year, old.member_id, 'activity', a.type, -1 FROM activities a
      WHERE a.id = old.activity_id AND old.attendance = 'present' AND a.deleted_at IS NULL AND a.status = 'held' ON CONFLICT DO UPDATE SET n = n + excluded.n;INSERT INTO duty_counts (year, member_id, source, key, n) SELECT a.year, old.member_id, 'sheet', old.attendance, -1 FROM activities a
      WHERE a.id = old.activity_id AND a.deleted_at IS NULL AND a.status = 'held' ON CONFLICT DO UPDATE SET n = n + excluded.n; INSERT INTO duty_counts (year, member_id, source, key, n) SELECT a.year, new.member_id, 'activity', a.type, 1 FROM activities a
      WHERE a.id = new.activity_id AND new.attendance = 'present' AND a.deleted_at IS NULL AND a.status = 'held' ON CONFLICT DO UPDATE SET n = n + excluded.n;INSERT INTO duty_counts (year, member_id, source, key, n) SELECT a.year, new.member_id, 'sheet', new.attendance, 1 FROM activities a
      WHERE a.id = new.activity_id AND a.deleted_at IS NULL AND a.status = 'held' ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger deeds_bigrams_delete
CREATE TRIGGER deeds_bigrams_delete AFTER DELETE ON deeds BEGIN
  DELETE FROM search_bigrams WHERE rowid = 5 * 10000000000 + old.id; END;

-- trigger deeds_bigrams_insert
CREATE TRIGGER deeds_bigrams_insert AFTER INSERT ON deeds BEGIN INSERT INTO search_bigrams (rowid, grams) SELECT 5 * 10000000000 + new.id, coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT new.title AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') || ' ' || coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT coalesce(new.content, '') || ' ' || coalesce(new.source, '') AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') WHERE new.deleted_at IS NULL; END;

-- trigger deeds_bigrams_update
CREATE TRIGGER deeds_bigrams_update AFTER UPDATE ON deeds BEGIN
  DELETE FROM search_bigrams WHERE rowid = 5 * 10000000000 + old.id; INSERT INTO search_bigrams (rowid, grams) SELECT 5 * 10000000000 + new.id, coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT new.title AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') || ' ' || coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT coalesce(new.content, '') || ' ' || coalesce(new.source, '') AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') WHERE new.deleted_at IS NULL; END;

-- trigger deeds_duty_delete
CREATE TRIGGER deeds_duty_delete AFTER DELETE ON deeds BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT old.year, old.member_id, 'deed', '', -1 WHERE old.deleted_at IS NULL AND old.member_id IS NOT NULL ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger deeds_duty_insert
CREATE TRIGGER deeds_duty_insert AFTER INSERT ON deeds BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT new.year, new.member_id, 'deed', '', 1 WHERE new.deleted_at IS NULL AND new.member_id IS NOT NULL ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger deeds_duty_update
CREATE TRIGGER deeds_duty_update AFTER UPDATE ON deeds WHEN old.year IS NOT new.year OR old.member_id IS NOT new.member_id OR old.id IS NOT new.id OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT old.year, old.member_id, 'deed', '', -1 WHERE old.deleted_at IS NULL AND old.member_id IS NOT NULL ON CONFLICT DO UPDATE SET n = n + excluded.n; INSERT INTO duty_counts (year, member_id, source, key, n) SELECT new.year, new.member_id, 'deed', '', 1 WHERE new.deleted_at IS NULL AND new.member_id IS NOT NULL ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger deeds_search_delete
CREATE TRIGGER deeds_search_delete AFTER DELETE ON deeds BEGIN
  DELETE FROM search_index WHERE rowid = 5 * 10000000000 + old.id; END;

-- trigger deeds_search_insert
CREATE TRIGGER deeds_search_insert AFTER INSERT ON deeds BEGIN INSERT INTO search_index (rowid, title, body) SELECT 5 * 10000000000 + new.id, new.title, coalesce(new.content, '') || ' ' || coalesce(new.source, '') WHERE new.deleted_at IS NULL; END;

-- trigger deeds_search_update
CREATE TRIGGER deeds_search_update AFTER UPDATE ON deeds BEGIN
  DELETE FROM search_index WHERE rowid = 5 * 10000000000 + old.id; INSERT INTO search_index (rowid, title, body) SELECT 5 * 10000000000 + new.id, new.title, coalesce(new.content, '') || ' ' || coalesce(new.source, '') WHERE new.deleted_at IS NULL; END;

-- trigger documents_bigrams_delete
CREATE TRIGGER documents_bigrams_delete AFTER DELETE ON documents BEGIN
  DELETE FROM search_bigrams WHERE rowid = 6 * 10000000000 + old.id; END;

-- trigger documents_bigrams_insert
CREATE TRIGGER documents_bigrams_insert AFTER INSERT ON documents BEGIN INSERT INTO search_bigrams (rowid, grams) SELECT 6 * 10000000000 + new.id, coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT new.title AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') || ' ' || coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT coalesce(new.body, '') AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') WHERE new.deleted_at IS NULL; END;

-- trigger documents_bigrams_update
CREATE TRIGGER documents_bigrams_update AFTER UPDATE ON documents BEGIN
  DELETE FROM search_bigrams WHERE rowid = 6 * 10000000000 + old.id; INSERT INTO search_bigrams (rowid, grams) SELECT 6 * 10000000000 + new.id, coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT new.title AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') || ' ' || coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT coalesce(new.body, '') AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') WHERE new.deleted_at IS NULL; END;

-- trigger documents_duty_delete
CREATE TRIGGER documents_duty_delete AFTER DELETE ON documents BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT old.year, old.member_id, 'member_summary', '', -1
      WHERE old.deleted_at IS NULL AND old.kind = 'member_summary' AND old.member_id IS NOT NULL ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger documents_duty_insert
CREATE TRIGGER documents_duty_insert AFTER INSERT ON documents BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT new.year, new.member_id, 'member_summary', '', 1
      WHERE new.deleted_at IS NULL AND new.kind = 'member_summary' AND new.member_id IS NOT NULL ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger documents_duty_update
CREATE TRIGGER documents_duty_update AFTER UPDATE ON documents WHEN old.year IS NOT new.year OR old.kind IS NOT new.kind OR old.member_id IS NOT new.member_id OR old.id IS NOT new.id OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT old.year, old.member_id, 'member_summary', '', -1
      WHERE old.deleted_at IS NULL AND old.kind = 'member_summary' AND old.member_id IS NOT NULL ON CONFLICT DO UPDATE SET n = n + excluded.n; INSERT INTO duty_counts (year, member_id, source, key, n) SELECT new.year, new.member_id, 'member_summary', '', 1
      WHERE new.deleted_at IS NULL AND new.kind = 'member_summary' AND new.member_id IS NOT NULL ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger documents_search_delete
CREATE TRIGGER documents_search_delete AFTER DELETE ON documents BEGIN
  DELETE FROM search_index WHERE rowid = 6 * 10000000000 + old.id; END;

-- trigger documents_search_insert
CREATE TRIGGER documents_search_insert AFTER INSERT ON documents BEGIN INSERT INTO search_index (rowid, title, body) SELECT 6 * 10000000000 + new.id, new.title, coalesce(new.body, '') WHERE new.deleted_at IS NULL; END;

-- trigger documents_search_update
CREATE TRIGGER documents_search_update AFTER UPDATE ON documents BEGIN
  DELETE FROM search_index WHERE rowid = 6 * 10000000000 + old.id; INSERT INTO search_index (rowid, title, body) SELECT 6 * 10000000000 + new.id, new.title, coalesce(new.body, '') WHERE new.deleted_at IS NULL; END;

-- trigger duty_counts_zero
CREATE TRIGGER duty_counts_zero AFTER UPDATE OF n ON duty_counts WHEN new.n = 0 BEGIN
  DELETE FROM duty_counts WHERE year = new.year AND source = new.source AND key = new.key AND member_id = new.member_id; END;

-- trigger duty_records_duty_delete
CREATE TRIGGER duty_records_duty_delete AFTER DELETE ON duty_records BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT old.year, old.member_id, 'record', old.item_code, -1 WHERE old.deleted_at IS NULL ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger duty_records_duty_insert
CREATE TRIGGER duty_records_duty_insert AFTER INSERT ON duty_records BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT new.year, new.member_id, 'record', new.item_code, 1 WHERE new.deleted_at IS NULL ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger duty_records_duty_update
CREATE TRIGGER duty_records_duty_update AFTER UPDATE ON duty_records WHEN old.year IS NOT new.year OR old.member_id IS NOT new.member_id OR old.item_code IS NOT new.item_code OR old.id IS NOT new.id OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT old.year, old.member_id, 'record', old.item_code, -1 WHERE old.deleted_at IS NULL ON CONFLICT DO UPDATE SET n = n + excluded.n; INSERT INTO duty_counts (year, member_id, source, key, n) SELECT new.year, new.member_id, 'record', new.item_code, 1 WHERE new.deleted_at IS NULL ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger members_bigrams_delete
CREATE TRIGGER members_bigrams_delete AFTER DELETE ON members BEGIN
  DELETE FROM search_bigrams WHERE rowid = 1 * 10000000000 + old.id; END;

-- trigger members_bigrams_insert
CREATE TRIGGER members_bigrams_insert AFTER INSERT ON members BEGIN INSERT INTO search_bigrams (rowid, grams) SELECT 1 * 10000000000 + new.id, coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT new.name AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') || ' ' || coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT coalesce(new.sector, '') || ' ' || coalesce(new.party, '') || ' ' || coalesce(new.work_unit, '') || ' ' || coalesce(new.linked_community, '') || ' ' || coalesce(new.phone, '') || ' ' || coalesce(new.notes, '') AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') WHERE new.deleted_at IS NULL; END;

-- trigger members_bigrams_update
CREATE TRIGGER members_bigrams_update AFTER UPDATE ON members BEGIN
  DELETE FROM search_bigrams WHERE rowid = 1 * 10000000000 + old.id; INSERT INTO search_bigrams (rowid, grams) SELECT 1 * 10000000000 + new.id, coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT new.name AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') || ' ' || coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT coalesce(new.sector, '') || ' ' || coalesce(new.party, '') || ' ' || coalesce(new.work_unit, '') || ' ' || coalesce(new.linked_community, '') || ' ' || coalesce(new.phone, '') || ' ' || coalesce(new.notes, '') AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') WHERE new.deleted_at IS NULL; END;

-- trigger members_search_delete
CREATE TRIGGER members_search_delete AFTER DELETE ON members BEGIN
  DELETE FROM search_index WHERE rowid = 1 * 10000000000 + old.id; END;

-- trigger members_search_insert
CREATE TRIGGER members_search_insert AFTER INSERT ON members BEGIN INSERT INTO search_index (rowid, title, body) SELECT 1 * 10000000000 + new.id, new.name, coalesce(new.sector, '') || ' ' || coalesce(new.party, '') || ' ' || coalesce(new.work_unit, '') || ' ' || coalesce(new.linked_community, '') || ' ' || coalesce(new.phone, '') || ' ' || coalesce(new.notes, '') WHERE new.deleted_at IS NULL; END;

-- trigger members_search_update
CREATE TRIGGER members_search_update AFTER UPDATE ON members BEGIN
  DELETE FROM search_index WHERE rowid = 1 * 10000000000 + old.id; INSERT INTO search_index (rowid, title, body) SELECT 1 * 10000000000 + new.id, new.name, coalesce(new.sector, '') || ' ' || coalesce(new.party, '') || ' ' || coalesce(new.work_unit, '') || ' ' || coalesce(new.linked_community, '') || ' ' || coalesce(new.phone, '') || ' ' || coalesce(new.notes, '') WHERE new.deleted_at IS NULL; END;

-- trigger opinion_report_members_duty_delete
CREATE TRIGGER opinion_report_members_duty_delete AFTER DELETE ON opinion_report_members BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT o.year, old.member_id, 'opinion_report', '', -1 FROM opinion_reports o
      WHERE o.id = old.report_id AND o.deleted_at IS NULL AND o.status <> 'draft' ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger opinion_report_members_duty_insert
CREATE TRIGGER opinion_report_members_duty_insert AFTER INSERT ON opinion_report_members BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT o.year, new.member_id, 'opinion_report', '', 1 FROM opinion_reports o
      WHERE o.id = new.report_id AND o.deleted_at IS NULL AND o.status <> 'draft' ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger opinion_report_members_duty_update
CREATE TRIGGER opinion_report_members_duty_update AFTER UPDATE ON opinion_report_members BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT o.year, old.member_id, 'opinion_report', '', -1 FROM opinion_reports o
      WHERE o.id = old.report_id AND o.deleted_at IS NULL AND o.status <> 'draft' ON CONFLICT DO UPDATE SET n = n + excluded.n; INSERT INTO duty_counts (year, member_id, source, key, n) SELECT o.year, new.member_id, 'opinion_report', '', 1 FROM opinion_reports o
      WHERE o.id = new.report_id AND o.deleted_at IS NULL AND o.status <> 'draft' ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger opinion_reports_bigrams_delete
CREATE TRIGGER opinion_reports_bigrams_delete AFTER DELETE ON opinion_reports BEGIN
  DELETE FROM search_bigrams WHERE rowid = 4 * 10000000000 + old.id; END;

-- trigger opinion_reports_bigrams_insert
CREATE TRIGGER opinion_reports_bigrams_insert AFTER INSERT ON opinion_reports BEGIN INSERT INTO search_bigrams (rowid, grams) SELECT 4 * 10000000000 + new.id, coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT new.title AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') || ' ' || coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT coalesce(new.content, '') || ' ' || coalesce(new.endorsement, '') || ' ' || coalesce(new.endorsed_by, '') AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') WHERE new.deleted_at IS NULL; END;

-- trigger opinion_reports_bigrams_update
CREATE TRIGGER opinion_reports_bigrams_update AFTER UPDATE ON opinion_reports BEGIN
  DELETE FROM search_bigrams WHERE rowid = 4 * 10000000000 + old.id; INSERT INTO search_bigrams (rowid, grams) SELECT 4 * 10000000000 + new.id, coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT new.title AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') || ' ' || coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT coalesce(new.content, '') || ' ' || coalesce(new.endorsement, '') || ' ' || coalesce(new.endorsed_by, '') AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') WHERE new.deleted_at IS NULL; END;

-- trigger opinion_reports_duty_delete
CREATE TRIGGER opinion_reports_duty_delete BEFORE DELETE ON opinion_reports BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT old.year, m.member_id, 'opinion_report', '', -1 FROM opinion_report_members m
      WHERE m.report_id = old.id AND old.deleted_at IS NULL AND old.status <> 'draft' ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger opinion_reports_duty_insert
CREATE TRIGGER opinion_reports_duty_insert AFTER INSERT ON opinion_reports BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT new.year, m.member_id, 'opinion_report', '', 1 FROM opinion_report_members m
      WHERE m.report_id = new.id AND new.deleted_at IS NULL AND new.status <> 'draft' ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger opinion_reports_duty_update
CREATE TRIGGER opinion_reports_duty_update AFTER UPDATE ON opinion_reports WHEN old.year IS NOT new.year OR old.status IS NOT new.status OR old.id IS NOT new.id OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT old.year, m.member_id, 'opinion_report', '', -1 FROM opinion_report_members m
      WHERE m.report_id = old.id AND old.deleted_at IS NULL AND old.status <> 'draft' ON CONFLICT DO UPDATE SET n = n + excluded.n; INSERT INTO duty_counts (year, member_id, source, key, n) SELECT new.year, m.member_id, 'opinion_report', '', 1 FROM opinion_report_members m
      WHERE m.report_id = new.id AND new.deleted_at IS NULL AND new.status <> 'draft' ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger opinion_reports_search_delete
CREATE TRIGGER opinion_reports_search_delete AFTER DELETE ON opinion_reports BEGIN
  DELETE FROM search_index WHERE rowid = 4 * 10000000000 + old.id; END;

-- trigger opinion_reports_search_insert
CREATE TRIGGER opinion_reports_search_insert AFTER INSERT ON opinion_reports BEGIN INSERT INTO search_index (rowid, title, body) SELECT 4 * 10000000000 + new.id, new.title, coalesce(new.content, '') || ' ' || coalesce(new.endorsement, '') || ' ' || coalesce(new.endorsed_by, '') WHERE new.deleted_at IS NULL; END;

-- trigger opinion_reports_search_update
CREATE TRIGGER opinion_reports_search_update AFTER UPDATE ON opinion_reports BEGIN
  DELETE FROM search_index WHERE rowid = 4 * 10000000000 + old.id; INSERT INTO search_index (rowid, title, body) SELECT 4 * 10000000000 + new.id, new.title, coalesce(new.content, '') || ' ' || coalesce(new.endorsement, '') || ' ' || coalesce(new.endorsed_by, '') WHERE new.deleted_at IS NULL; END;

-- trigger proposal_cosigners_duty_delete
CREATE TRIGGER proposal_cosigners_duty_delete AFTER DELETE ON proposal_cosigners BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT p.year, old.member_id, 'proposal', '', -1 FROM proposals p
      WHERE p.id = old.proposal_id AND p.deleted_at IS NULL AND old.member_id IS NOT p.lead_member_id ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger proposal_cosigners_duty_insert
CREATE TRIGGER proposal_cosigners_duty_insert AFTER INSERT ON proposal_cosigners BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT p.year, new.member_id, 'proposal', '', 1 FROM proposals p
      WHERE p.id = new.proposal_id AND p.deleted_at IS NULL AND new.member_id IS NOT p.lead_member_id ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger proposal_cosigners_duty_update
CREATE TRIGGER proposal_cosigners_duty_update AFTER UPDATE ON proposal_cosigners BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT p.year, old.member_id, 'proposal', '', -1 FROM proposals p
      WHERE p.id = old.proposal_id AND p.deleted_at IS NULL AND old.member_id IS NOT p.lead_member_id ON CONFLICT DO UPDATE SET n = n + excluded.n; INSERT INTO duty_counts (year, member_id, source, key, n) SELECT p.year, new.member_id, 'proposal', '', 1 FROM proposals p
      WHERE p.id = new.proposal_id AND p.deleted_at IS NULL AND new.member_id IS NOT p.lead_member_id ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger proposals_bigrams_delete
CREATE TRIGGER proposals_bigrams_delete AFTER DELETE ON proposals BEGIN
  DELETE FROM search_bigrams WHERE rowid = 3 * 10000000000 + old.id; END;

-- trigger proposals_bigrams_insert
CREATE TRIGGER proposals_bigrams_insert AFTER INSERT ON proposals BEGIN INSERT INTO search_bigrams (rowid, grams) SELECT 3 * 10000000000 + new.id, coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT new.title AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') || ' ' || coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT coalesce(new.session, '') || ' ' || coalesce(new.number, '') || ' ' || coalesce(new.category, '') || ' ' || coalesce(new.content, '') || ' ' || coalesce(new.main_unit, '') || ' ' || coalesce(new.assist_units, '') AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') WHERE new.deleted_at IS NULL; END;

-- trigger proposals_bigrams_update
CREATE TRIGGER proposals_bigrams_update AFTER UPDATE ON proposals BEGIN
  DELETE FROM search_bigrams WHERE rowid = 3 * 10000000000 + old.id; INSERT INTO search_bigrams (rowid, grams) SELECT 3 * 10000000000 + new.id, coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT new.title AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') || ' ' || coalesce((SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT coalesce(new.session, '') || ' ' || coalesce(new.number, '') || ' ' || coalesce(new.category, '') || ' ' || coalesce(new.content, '') || ' ' || coalesce(new.main_unit, '') || ' ' || coalesce(new.assist_units, '') AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / 256)), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * 256 + 1, 257))) b
    CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255]') p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0), '') WHERE new.deleted_at IS NULL; END;

-- trigger proposals_duty_delete
CREATE TRIGGER proposals_duty_delete BEFORE DELETE ON proposals BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT old.year, old.lead_member_id, 'proposal', '', -1
      WHERE old.deleted_at IS NULL AND old.lead_member_id IS NOT NULL ON CONFLICT DO UPDATE SET n = n + excluded.n;INSERT INTO duty_counts (year, member_id, source, key, n) SELECT old.year, c.member_id, 'proposal', '', -1 FROM proposal_cosigners c
      WHERE c.proposal_id = old.id AND old.deleted_at IS NULL AND c.member_id IS NOT old.lead_member_id ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger proposals_duty_insert
CREATE TRIGGER proposals_duty_insert AFTER INSERT ON proposals BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT new.year, new.lead_member_id, 'proposal', '', 1
      WHERE new.deleted_at IS NULL AND new.lead_member_id IS NOT NULL ON CONFLICT DO UPDATE SET n = n + excluded.n;INSERT INTO duty_counts (year, member_id, source, key, n) SELECT new.year, c.member_id, 'proposal', '', 1 FROM proposal_cosigners c
      WHERE c.proposal_id = new.id AND new.deleted_at IS NULL AND c.member_id IS NOT new.lead_member_id ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger proposals_duty_update
CREATE TRIGGER proposals_duty_update AFTER UPDATE ON proposals WHEN old.year IS NOT new.year OR old.lead_member_id IS NOT new.lead_member_id OR old.id IS NOT new.id OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN INSERT INTO duty_counts (year, member_id, source, key, n) SELECT old.year, old.lead_member_id, 'proposal', '', -1
      WHERE old.deleted_at IS NULL AND old.lead_member_id IS NOT NULL ON CONFLICT DO UPDATE SET n = n + excluded.n;INSERT INTO duty_counts (year, member_id, source, key, n) SELECT old.year, c.member_id, 'proposal', '', -1 FROM proposal_cosigners c
      WHERE c.proposal_id = old.id AND old.deleted_at IS NULL AND c.member_id IS NOT old.lead_member_id ON CONFLICT DO UPDATE SET n = n + excluded.n; INSERT INTO duty_counts (year, member_id, source, key, n) SELECT new.year, new.lead_member_id, 'proposal', '', 1
      WHERE new.deleted_at IS NULL AND new.lead_member_id IS NOT NULL ON CONFLICT DO UPDATE SET n = n + excluded.n;INSERT INTO duty_counts (year, member_id, source, key, n) SELECT new.year, c.member_id, 'proposal', '', 1 FROM proposal_cosigners c
      WHERE c.proposal_id = new.id AND new.deleted_at IS NULL AND c.member_id IS NOT new.lead_member_id ON CONFLICT DO UPDATE SET n = n + excluded.n; END;

-- trigger proposals_search_delete
CREATE TRIGGER proposals_search_delete AFTER DELETE ON proposals BEGIN
  DELETE FROM search_index WHERE rowid = 3 * 10000000000 + old.id; END;

-- trigger proposals_search_insert
CREATE TRIGGER proposals_search_insert AFTER INSERT ON proposals BEGIN INSERT INTO search_index (rowid, title, body) SELECT 3 * 10000000000 + new.id, new.title, coalesce(new.session, '') || ' ' || coalesce(new.number, '') || ' ' || coalesce(new.category, '') || ' ' || coalesce(new.content, '') || ' ' || coalesce(new.main_unit, '') || ' ' || coalesce(new.assist_units, '') WHERE new.deleted_at IS NULL; END;

-- trigger proposals_search_update
CREATE TRIGGER proposals_search_update AFTER UPDATE ON proposals BEGIN
  DELETE FROM search_index WHERE rowid = 3 * 10000000000 + old.id; INSERT INTO search_index (rowid, title, body) SELECT 3 * 10000000000 + new.id, new.title, coalesce(new.session, '') || ' ' || coalesce(new.number, '') || ' ' || coalesce(new.category, '') || ' ' || coalesce(new.content, '') || ' ' || coalesce(new.main_unit, '') || ' ' || coalesce(new.assist_units, '') WHERE new.deleted_at IS NULL; END;

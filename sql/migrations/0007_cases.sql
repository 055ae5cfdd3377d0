-- Agency cases (全代办, issue #6): the approval item catalog (事项目录) with its bundle template,
-- cases with per-item status and working-day deadlines, the case timeline (events on every channel),
-- materials stored once per enterprise and reused, and applicant evaluations (好差评).
-- Code lists in CHECKs mirror server/src/cases/item-status.ts, channels.ts, case-events.ts and
-- server/src/approval-items/approval-item.ts; tests/server/cases/cases-schema.test.ts keeps them equal.

-- Materials the items ask for, and how the government may already hold each (guide: no re-collection).
CREATE TABLE material_types (
  code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z_]{2,40}$'),
  name_zh text NOT NULL,
  name_en text NOT NULL,
  source text NOT NULL CHECK (source IN ('e-licence', 'parcel', 'commitment', 'upload'))
);

CREATE TABLE approval_items (
  code text PRIMARY KEY CHECK (code ~ '^[A-Z]{2,8}$'),
  name_zh text NOT NULL,
  name_en text NOT NULL,
  department_zh text NOT NULL,
  department_en text NOT NULL,
  legal_basis text NOT NULL,
  stage smallint NOT NULL CHECK (stage BETWEEN 1 AND 5),
  service_kind text NOT NULL CHECK (service_kind IN ('licence', 'filing', 'public_service', 'acceptance', 'registration')),
  -- Working days on the mainland calendar (server/src/calendar): 法定时限 and the shorter 承诺时限.
  legal_limit_days int NOT NULL CHECK (legal_limit_days >= 0),
  committed_limit_days int NOT NULL CHECK (committed_limit_days >= 0 AND committed_limit_days <= legal_limit_days),
  deficiency_allowed boolean NOT NULL,
  channels text[] NOT NULL CHECK (cardinality(channels) > 0
    AND channels <@ ARRAY['ONLINE_PORTAL', 'HALL_WINDOW', 'SELF_SERVICE_KIOSK', 'AGENT_ONSITE']::text[]),
  fee_yuan numeric(12, 2) NOT NULL DEFAULT 0 CHECK (fee_yuan >= 0),
  fee_note_zh text NOT NULL DEFAULT '',
  result_zh text NOT NULL,
  sort_order int NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE approval_item_materials (
  item_code text NOT NULL REFERENCES approval_items (code) ON DELETE CASCADE,
  material_type text NOT NULL REFERENCES material_types (code),
  -- 关键材料: must be there at acceptance; the others may be promised under 容缺受理.
  key_material boolean NOT NULL,
  sort_order int NOT NULL,
  PRIMARY KEY (item_code, material_type)
);

-- 关联事项集成办理: a template instantiates its items, in order, for a parcel.
CREATE TABLE bundle_templates (
  code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,40}$'),
  name_zh text NOT NULL,
  name_en text NOT NULL
);
CREATE TABLE bundle_template_items (
  bundle_code text NOT NULL REFERENCES bundle_templates (code) ON DELETE CASCADE,
  item_code text NOT NULL REFERENCES approval_items (code),
  seq int NOT NULL CHECK (seq > 0),
  PRIMARY KEY (bundle_code, item_code),
  UNIQUE (bundle_code, seq)
);

-- The serial part of case codes, per division and year (server/src/cases/case-code.ts).
CREATE TABLE case_serials (
  division_code char(6) NOT NULL CHECK (division_code ~ '^[0-9]{6}$'),
  year int NOT NULL CHECK (year BETWEEN 2000 AND 9999),
  last_serial int NOT NULL CHECK (last_serial BETWEEN 1 AND 99999),
  PRIMARY KEY (division_code, year)
);

CREATE TABLE cases (
  -- DB + division + year + serial + ISO/IEC 7064 MOD 37,36 check character (server/src/cases/README.md).
  code text PRIMARY KEY CHECK (code ~ '^DB[0-9]{6}[0-9]{4}[0-9]{5}[0-9A-Z]$'),
  uscc text NOT NULL REFERENCES enterprises (uscc),
  parcel_code text NOT NULL REFERENCES parcels (code) ON UPDATE CASCADE,
  commitment_id text REFERENCES commitments (id),
  bundle_code text REFERENCES bundle_templates (code),
  project_code text CHECK (project_code ~ '^[0-9]{4}-[0-9]{6}-[0-9]{2}-[0-9]{2}-[0-9]{6}$'),
  project_name text NOT NULL CHECK (length(project_name) BETWEEN 2 AND 200),
  -- What the investment project platform said about the project code when the case was opened: its
  -- filing status (pending/filed/approved/revoked), or not_found / unavailable; not_checked when no
  -- code was given or no platform is configured.
  filing_status text NOT NULL DEFAULT 'not_checked'
    CHECK (filing_status IN ('not_checked', 'pending', 'filed', 'approved', 'revoked', 'not_found', 'unavailable')),
  filing_checked_at timestamptz,
  filing_detail jsonb,
  origin_channel text NOT NULL CHECK (origin_channel IN ('ONLINE_PORTAL', 'HALL_WINDOW', 'SELF_SERVICE_KIOSK', 'AGENT_ONSITE')),
  -- The 代办员 in charge (a username; demo and imported agents need not have an account here).
  assigned_agent text,
  -- The applicant's contact person: personal data, masked in public views.
  contact_name text NOT NULL CHECK (length(contact_name) BETWEEN 1 AND 50),
  contact_phone text NOT NULL CHECK (contact_phone ~ '^[0-9+ -]{5,20}$'),
  -- Who confirmed the case for the applicant and how (an agent records it on the applicant's behalf).
  confirmed_by text NOT NULL CHECK (length(confirmed_by) BETWEEN 1 AND 100),
  confirmation_method text NOT NULL CHECK (confirmation_method IN ('online_account', 'signature_pad', 'paper_form', 'sms_code')),
  confirmed_at timestamptz NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  -- Optimistic locking: every change to the case or one of its items bumps it (If-Match → 412).
  version int NOT NULL DEFAULT 1 CHECK (version > 0),
  idempotency_key text UNIQUE CHECK (length(idempotency_key) BETWEEN 8 AND 100)
);
CREATE INDEX cases_uscc_idx ON cases (uscc);
CREATE INDEX cases_parcel_idx ON cases (parcel_code);
CREATE INDEX cases_agent_idx ON cases (assigned_agent);
CREATE INDEX cases_created_idx ON cases (created_at);

CREATE TABLE case_items (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_code text NOT NULL REFERENCES cases (code),
  item_code text NOT NULL REFERENCES approval_items (code),
  seq int NOT NULL CHECK (seq > 0),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN
    ('pending', 'preparing', 'submitted', 'accepted', 'accepted_with_deficiency', 'completed', 'rejected', 'returned')),
  -- The catalog's limits when the case was opened: later catalog edits do not move running deadlines.
  legal_limit_days int NOT NULL CHECK (legal_limit_days >= 0),
  committed_limit_days int NOT NULL CHECK (committed_limit_days >= 0),
  submitted_at timestamptz,
  -- 受理: the limit counts from the next working day after accepted_on (Beijing date of accepted_at).
  accepted_at timestamptz,
  accepted_on date,
  completed_at timestamptz,
  completed_on date,
  -- accepted_on + committed limit + suspended working days (server/src/cases/deadlines.ts).
  due_on date,
  -- Open suspension (暂停计时), e.g. waiting for the applicant; closed ones are in case_item_suspensions.
  suspended_since date,
  suspended_workdays int NOT NULL DEFAULT 0 CHECK (suspended_workdays >= 0),
  -- 容缺受理: the promised date and what is missing.
  supplement_due_on date,
  deficiency_materials text[] NOT NULL DEFAULT '{}',
  reason text,
  result_document_no text,
  UNIQUE (case_code, item_code),
  UNIQUE (case_code, seq),
  CHECK (status <> 'accepted_with_deficiency' OR supplement_due_on IS NOT NULL),
  CHECK (status NOT IN ('rejected', 'returned') OR reason IS NOT NULL),
  CHECK (status NOT IN ('accepted', 'accepted_with_deficiency', 'completed') OR (accepted_on IS NOT NULL AND due_on IS NOT NULL)),
  CHECK (status <> 'completed' OR completed_on IS NOT NULL)
);
CREATE INDEX case_items_case_idx ON case_items (case_code, seq);
CREATE INDEX case_items_due_idx ON case_items (status, due_on);
CREATE INDEX case_items_item_idx ON case_items (item_code);

CREATE TABLE case_item_suspensions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_item_id bigint NOT NULL REFERENCES case_items (id),
  -- Both days included; working days in between do not count against the limit.
  from_on date NOT NULL,
  to_on date,
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  started_by text NOT NULL,
  ended_by text,
  CHECK (to_on IS NULL OR to_on >= from_on)
);
CREATE UNIQUE INDEX case_item_suspensions_one_open ON case_item_suspensions (case_item_id) WHERE to_on IS NULL;

-- The case timeline: every step on every channel, with who took it (and for whom).
CREATE TABLE case_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_code text NOT NULL REFERENCES cases (code),
  case_item_id bigint REFERENCES case_items (id),
  kind text NOT NULL CHECK (kind IN ('case_created', 'transition', 'suspended', 'resumed', 'agent_assigned', 'evaluated', 'filing_checked')),
  from_status text,
  to_status text,
  channel text NOT NULL CHECK (channel IN ('ONLINE_PORTAL', 'HALL_WINDOW', 'SELF_SERVICE_KIOSK', 'AGENT_ONSITE')),
  actor text NOT NULL,
  actor_role text,
  -- The applicant's USCC when staff act on its behalf (代办).
  on_behalf_of text,
  -- When it happened (a hall step may be recorded later) and when it was written.
  occurred_at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL,
  reason text,
  data jsonb,
  CHECK (kind <> 'transition' OR (case_item_id IS NOT NULL AND to_status IS NOT NULL))
);
CREATE INDEX case_events_case_idx ON case_events (case_code, occurred_at, id);
CREATE INDEX case_events_item_idx ON case_events (case_item_id);
CREATE INDEX case_events_occurred_idx ON case_events (occurred_at);

-- One material per enterprise and type, stored once and referenced by every item that needs it.
CREATE TABLE materials (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  uscc text NOT NULL REFERENCES enterprises (uscc),
  type_code text NOT NULL REFERENCES material_types (code),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (uscc, type_code)
);

-- Each upload is a new version; bytes live here (never on a path from the upload), typed by sniffing.
CREATE TABLE material_versions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  material_id bigint NOT NULL REFERENCES materials (id),
  version int NOT NULL CHECK (version > 0),
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
  size_bytes int NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 20971520),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea NOT NULL,
  channel text NOT NULL CHECK (channel IN ('ONLINE_PORTAL', 'HALL_WINDOW', 'SELF_SERVICE_KIOSK', 'AGENT_ONSITE')),
  uploaded_by text NOT NULL,
  uploaded_at timestamptz NOT NULL,
  UNIQUE (material_id, version)
);

-- What an item was submitted or accepted with: the shared source, or the exact uploaded version.
CREATE TABLE case_item_materials (
  case_item_id bigint NOT NULL REFERENCES case_items (id),
  material_type text NOT NULL REFERENCES material_types (code),
  source text NOT NULL CHECK (source IN ('e-licence', 'parcel', 'commitment', 'upload')),
  material_version_id bigint REFERENCES material_versions (id),
  attached_at timestamptz NOT NULL,
  PRIMARY KEY (case_item_id, material_type),
  CHECK ((source = 'upload') = (material_version_id IS NOT NULL))
);

-- 好差评: the applicant rates each finished item and the finished case once (5 非常满意 … 1 非常不满意).
CREATE TABLE case_evaluations (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_code text NOT NULL REFERENCES cases (code),
  case_item_id bigint REFERENCES case_items (id),
  score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
  comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 1000),
  channel text NOT NULL CHECK (channel IN ('ONLINE_PORTAL', 'HALL_WINDOW', 'SELF_SERVICE_KIOSK', 'AGENT_ONSITE')),
  evaluated_by text NOT NULL,
  evaluated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX case_evaluations_one_per_item ON case_evaluations (case_item_id) WHERE case_item_id IS NOT NULL;
CREATE UNIQUE INDEX case_evaluations_one_per_case ON case_evaluations (case_code) WHERE case_item_id IS NULL;

-- The catalog. Committed limits follow Shanxi zones' published 办事指南 practice (domain.md §4); they
-- are data: a zone that publishes other limits updates these rows, running cases keep theirs.
INSERT INTO material_types (code, name_zh, name_en, source) VALUES
  ('business_licence', '营业执照', 'Business licence', 'e-licence'),
  ('land_transfer_contract', '国有建设用地使用权出让合同', 'Land-use right transfer contract', 'parcel'),
  ('parcel_boundary_map', '宗地界址图', 'Parcel boundary map', 'parcel'),
  ('commitment_letter', '标准地承诺书', 'Standard-land commitment letter', 'commitment'),
  ('project_info_form', '项目备案信息表', 'Project filing form', 'upload'),
  ('site_plan', '建设工程设计方案（总平面图）', 'Design scheme (site plan)', 'upload'),
  ('construction_drawings', '施工图设计文件', 'Construction drawings', 'upload'),
  ('geotechnical_report', '岩土工程勘察报告', 'Geotechnical investigation report', 'upload'),
  ('design_responsibility_pledge', '设计单位终身责任承诺书', 'Designer''s lifetime responsibility pledge', 'upload'),
  ('fire_design_documents', '消防设计文件', 'Fire protection design documents', 'upload'),
  ('construction_contract', '施工合同及中标通知书', 'Construction contract and award notice', 'upload'),
  ('supervision_contract', '监理合同', 'Construction supervision contract', 'upload'),
  ('utility_load_estimate', '用水用电用气用热负荷表', 'Utility load estimate', 'upload'),
  ('completion_report', '竣工验收报告', 'Completion acceptance report', 'upload'),
  ('as_built_survey', '竣工规划核实测量成果', 'As-built planning survey', 'upload'),
  ('building_survey_report', '房屋测绘报告', 'Building survey report', 'upload');

INSERT INTO approval_items (code, name_zh, name_en, department_zh, department_en, legal_basis, stage, service_kind,
  legal_limit_days, committed_limit_days, deficiency_allowed, channels, fee_yuan, fee_note_zh, result_zh, sort_order) VALUES
  ('XMBA', '企业投资项目备案', 'Enterprise investment project filing', '开发区行政审批局（发展改革）', 'Zone administrative approval bureau (development and reform)',
    '《企业投资项目核准和备案管理条例》（国务院令第673号）第十三条', 1, 'filing', 2, 1, false,
    ARRAY['ONLINE_PORTAL', 'HALL_WINDOW', 'SELF_SERVICE_KIOSK', 'AGENT_ONSITE'], 0, '不收费', '项目备案证明（投资项目代码）', 10),
  ('YDGH', '建设用地规划许可证核发', 'Land-use planning permit', '自然资源和规划部门', 'Natural resources and planning department',
    '《中华人民共和国城乡规划法》第三十八条', 1, 'licence', 20, 5, true,
    ARRAY['ONLINE_PORTAL', 'HALL_WINDOW', 'AGENT_ONSITE'], 0, '不收费', '建设用地规划许可证', 20),
  ('GCGH', '建设工程规划许可证核发', 'Construction project planning permit', '自然资源和规划部门', 'Natural resources and planning department',
    '《中华人民共和国城乡规划法》第四十条', 2, 'licence', 20, 5, true,
    ARRAY['ONLINE_PORTAL', 'HALL_WINDOW', 'AGENT_ONSITE'], 0, '不收费', '建设工程规划许可证', 30),
  ('SGTS', '施工图设计文件审查（告知承诺）', 'Construction drawing review (notify and commit)', '住房和城乡建设部门', 'Housing and urban-rural development department',
    '《房屋建筑和市政基础设施工程施工图设计文件审查管理办法》（住房城乡建设部令第13号）；山西省企业投资项目承诺制改革', 2, 'filing', 15, 3, true,
    ARRAY['ONLINE_PORTAL', 'HALL_WINDOW', 'AGENT_ONSITE'], 0, '政府购买审查服务，不向企业收费', '施工图审查告知承诺备案', 40),
  ('XFSJ', '特殊建设工程消防设计审查', 'Fire protection design review', '住房和城乡建设部门', 'Housing and urban-rural development department',
    '《建设工程消防设计审查验收管理暂行规定》（住房和城乡建设部令第51号）第十五条', 3, 'licence', 15, 5, true,
    ARRAY['ONLINE_PORTAL', 'HALL_WINDOW', 'AGENT_ONSITE'], 0, '不收费', '特殊建设工程消防设计审查意见书', 50),
  ('SGXK', '建筑工程施工许可证核发', 'Construction permit', '住房和城乡建设部门', 'Housing and urban-rural development department',
    '《建筑工程施工许可管理办法》（住房和城乡建设部令第18号）第五条', 3, 'licence', 7, 3, true,
    ARRAY['ONLINE_PORTAL', 'HALL_WINDOW', 'SELF_SERVICE_KIOSK', 'AGENT_ONSITE'], 0, '不收费', '建筑工程施工许可证', 60),
  ('GSBZ', '供水报装', 'Water supply connection', '供水企业（政务服务大厅公用事业窗口）', 'Water utility (hall public-utility window)',
    '《城市供水条例》；《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）', 3, 'public_service', 10, 5, true,
    ARRAY['ONLINE_PORTAL', 'HALL_WINDOW', 'AGENT_ONSITE'], 0, '报装不收费；建筑区划红线外工程不由用户承担', '供水接入答复及接水通知', 70),
  ('GDBZ', '供电报装（高压）', 'Power supply connection (high voltage)', '国网山西省电力公司（政务服务大厅公用事业窗口）', 'State Grid Shanxi (hall public-utility window)',
    '《供电营业规则》；《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）', 3, 'public_service', 15, 8, true,
    ARRAY['ONLINE_PORTAL', 'HALL_WINDOW', 'AGENT_ONSITE'], 0, '报装不收费；红线外接入工程不由用户承担', '供电方案答复及送电通知', 80),
  ('GQBZ', '供气报装', 'Gas supply connection', '燃气企业（政务服务大厅公用事业窗口）', 'Gas utility (hall public-utility window)',
    '《城镇燃气管理条例》；《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）', 3, 'public_service', 10, 5, true,
    ARRAY['ONLINE_PORTAL', 'HALL_WINDOW', 'AGENT_ONSITE'], 0, '报装不收费', '供气方案答复及通气通知', 90),
  ('GRBZ', '供热报装', 'Heating connection', '热力企业（政务服务大厅公用事业窗口）', 'Heating utility (hall public-utility window)',
    '《山西省城市供热条例》', 3, 'public_service', 10, 5, true,
    ARRAY['ONLINE_PORTAL', 'HALL_WINDOW', 'AGENT_ONSITE'], 0, '报装不收费', '供热接入答复', 100),
  ('TXBZ', '通信报装', 'Telecom connection', '基础电信企业（政务服务大厅公用事业窗口）', 'Telecom operators (hall public-utility window)',
    '《中华人民共和国电信条例》；《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）', 3, 'public_service', 5, 3, true,
    ARRAY['ONLINE_PORTAL', 'HALL_WINDOW', 'SELF_SERVICE_KIOSK', 'AGENT_ONSITE'], 0, '报装不收费', '通信接入答复', 110),
  ('LHYS', '竣工联合验收', 'Joint completion acceptance', '住房和城乡建设部门（牵头，规划、消防、人防、档案联合验收）', 'Housing and urban-rural development department (lead, with planning, fire, civil defence and archives)',
    '《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）；《房屋建筑和市政基础设施工程竣工验收规定》', 4, 'acceptance', 20, 10, false,
    ARRAY['ONLINE_PORTAL', 'HALL_WINDOW', 'AGENT_ONSITE'], 0, '不收费', '竣工联合验收意见书', 120),
  ('BDCDJ', '不动产首次登记', 'First real-estate registration', '不动产登记中心', 'Real-estate registration centre',
    '《不动产登记暂行条例》第二十条', 5, 'registration', 30, 5, false,
    ARRAY['ONLINE_PORTAL', 'HALL_WINDOW', 'SELF_SERVICE_KIOSK', 'AGENT_ONSITE'], 550, '登记费：非住宅每件550元（发改价格规〔2016〕2559号）', '不动产权证书', 130);

INSERT INTO approval_item_materials (item_code, material_type, key_material, sort_order) VALUES
  ('XMBA', 'business_licence', true, 1), ('XMBA', 'project_info_form', true, 2), ('XMBA', 'commitment_letter', false, 3),
  ('YDGH', 'business_licence', true, 1), ('YDGH', 'land_transfer_contract', true, 2), ('YDGH', 'parcel_boundary_map', true, 3),
  ('YDGH', 'commitment_letter', false, 4),
  ('GCGH', 'business_licence', true, 1), ('GCGH', 'site_plan', true, 2), ('GCGH', 'land_transfer_contract', true, 3),
  ('GCGH', 'commitment_letter', false, 4),
  ('SGTS', 'construction_drawings', true, 1), ('SGTS', 'design_responsibility_pledge', true, 2), ('SGTS', 'geotechnical_report', false, 3),
  ('XFSJ', 'business_licence', true, 1), ('XFSJ', 'fire_design_documents', true, 2), ('XFSJ', 'construction_drawings', false, 3),
  ('SGXK', 'business_licence', true, 1), ('SGXK', 'land_transfer_contract', true, 2), ('SGXK', 'construction_contract', true, 3),
  ('SGXK', 'supervision_contract', false, 4),
  ('GSBZ', 'business_licence', true, 1), ('GSBZ', 'utility_load_estimate', true, 2), ('GSBZ', 'site_plan', false, 3),
  ('GDBZ', 'business_licence', true, 1), ('GDBZ', 'utility_load_estimate', true, 2), ('GDBZ', 'site_plan', false, 3),
  ('GQBZ', 'business_licence', true, 1), ('GQBZ', 'utility_load_estimate', true, 2), ('GQBZ', 'site_plan', false, 3),
  ('GRBZ', 'business_licence', true, 1), ('GRBZ', 'utility_load_estimate', true, 2),
  ('TXBZ', 'business_licence', true, 1), ('TXBZ', 'utility_load_estimate', false, 2),
  ('LHYS', 'business_licence', true, 1), ('LHYS', 'completion_report', true, 2), ('LHYS', 'as_built_survey', true, 3),
  ('LHYS', 'commitment_letter', true, 4),
  ('BDCDJ', 'business_licence', true, 1), ('BDCDJ', 'land_transfer_contract', true, 2), ('BDCDJ', 'building_survey_report', true, 3),
  ('BDCDJ', 'completion_report', true, 4);

INSERT INTO bundle_templates (code, name_zh, name_en) VALUES
  ('standard-land', '标准地“拿地即开工”全链条代办', 'Standard land: the whole approval chain from transfer to registration');
INSERT INTO bundle_template_items (bundle_code, item_code, seq)
SELECT 'standard-land', code, row_number() OVER (ORDER BY sort_order)::int FROM approval_items;

-- Issue #8: policy disclosure and consultation (guide §6), evaluation findings and improvement actions (guide §7).
-- Code lists mirror server/src/policies/policy-categories.ts, server/src/policies/consultation.ts,
-- server/src/evaluation/finding.ts and server/src/improvement-actions/action-status.ts;
-- tests/server/policies/policy-schema.test.ts keeps them equal.

-- 政策: policies for market entities, public to everyone (no login).
CREATE TABLE policies (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  category text NOT NULL CHECK (category IN
    ('entrepreneurship', 'innovation', 'talent', 'planning', 'industry', 'project', 'market', 'finance', 'tax', 'reward', 'subsidy')),
  issuer text NOT NULL CHECK (length(issuer) BETWEEN 1 AND 100),
  -- 文号, e.g. 晋政办发〔2025〕12号; some notices have none.
  document_no text CHECK (length(document_no) <= 60),
  issued_on date NOT NULL,
  effective_from date NOT NULL,
  -- NULL: in force until repealed.
  effective_until date,
  repealed_on date,
  -- A GB/T 2260 prefix (province 14, city 4 digits, county 6 digits) where the policy applies to every
  -- parcel; NULL when it applies only to the zones and parcels linked below.
  scope_division text CHECK (scope_division ~ '^14([0-9]{2}([0-9]{2})?)?$'),
  summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 1000),
  full_text text NOT NULL CHECK (length(full_text) BETWEEN 1 AND 100000),
  -- 免申即享: granted to eligible enterprises without an application (guide §6 "政策服务免申办理").
  exempt_application boolean NOT NULL DEFAULT false,
  -- Where to ask: department and telephone.
  contact text NOT NULL DEFAULT '' CHECK (length(contact) <= 200),
  version int NOT NULL DEFAULT 1,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (effective_from >= issued_on),
  CHECK (effective_until IS NULL OR effective_until >= effective_from),
  CHECK (repealed_on IS NULL OR repealed_on >= issued_on)
);
CREATE INDEX policies_category_idx ON policies (category);
CREATE INDEX policies_issued_idx ON policies (issued_on DESC);

-- Attachments are links with metadata (the files live on the issuer's site or the file store).
CREATE TABLE policy_attachments (
  policy_id bigint NOT NULL REFERENCES policies (id) ON DELETE CASCADE,
  position int NOT NULL CHECK (position >= 0),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  url text NOT NULL CHECK (url ~ '^(https?://|/)' AND length(url) <= 500),
  media_type text NOT NULL DEFAULT 'application/pdf' CHECK (media_type ~ '^[a-z]+/[a-z0-9.+-]+$'),
  size_bytes bigint CHECK (size_bytes >= 0),
  PRIMARY KEY (policy_id, position)
);

CREATE TABLE policy_zones (
  policy_id bigint NOT NULL REFERENCES policies (id) ON DELETE CASCADE,
  zone_code text NOT NULL REFERENCES zones (code),
  PRIMARY KEY (policy_id, zone_code)
);
CREATE INDEX policy_zones_zone_idx ON policy_zones (zone_code);

CREATE TABLE policy_parcels (
  policy_id bigint NOT NULL REFERENCES policies (id) ON DELETE CASCADE,
  parcel_id bigint NOT NULL REFERENCES parcels (id) ON DELETE CASCADE,
  PRIMARY KEY (policy_id, parcel_id)
);
CREATE INDEX policy_parcels_parcel_idx ON policy_parcels (parcel_id);

-- 政策咨询: one record per question, asked online by an enterprise or recorded at the hall by an agent,
-- answered by staff; the same record on every channel.
CREATE TABLE policy_consultations (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  policy_id bigint REFERENCES policies (id) ON DELETE SET NULL,
  zone_code text REFERENCES zones (code),
  question text NOT NULL CHECK (length(question) BETWEEN 5 AND 2000),
  -- The enterprise the question is for (统一社会信用代码, format only) and who it is.
  asker_uscc text CHECK (asker_uscc ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
  asker_name text NOT NULL CHECK (length(asker_name) BETWEEN 1 AND 100),
  asked_by text NOT NULL,
  asked_channel text NOT NULL CHECK (asked_channel IN ('ONLINE_PORTAL', 'HALL_WINDOW', 'SELF_SERVICE_KIOSK', 'HOTLINE')),
  asked_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'answered', 'closed')),
  answer text CHECK (length(answer) BETWEEN 1 AND 5000),
  answered_by text,
  answered_channel text CHECK (answered_channel IN ('ONLINE_PORTAL', 'HALL_WINDOW', 'SELF_SERVICE_KIOSK', 'HOTLINE')),
  answered_at timestamptz,
  closed_at timestamptz,
  -- Shown to everyone on the policy page as a question and answer (with the asker's consent).
  public boolean NOT NULL DEFAULT false,
  version int NOT NULL DEFAULT 1,
  CHECK ((answer IS NULL) = (answered_at IS NULL)),
  CHECK (status <> 'answered' OR answer IS NOT NULL),
  CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
  CHECK (NOT public OR answer IS NOT NULL)
);
CREATE INDEX policy_consultations_policy_idx ON policy_consultations (policy_id);
CREATE INDEX policy_consultations_uscc_idx ON policy_consultations (asker_uscc);
CREATE INDEX policy_consultations_status_idx ON policy_consultations (status, asked_at);

-- 评估发现: problems found in a quarter's evaluation of a region (province 14, city, county or zone).
CREATE TABLE evaluation_findings (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  quarter text NOT NULL CHECK (quarter ~ '^[0-9]{4}Q[1-4]$'),
  scope text NOT NULL CHECK (scope ~ '^(14([0-9]{2}([0-9]{2})?)?|[A-Z][0-9]{6})$'),
  -- The metric the finding is about (server/src/evaluation/metric-catalog.ts), if any.
  metric_key text CHECK (metric_key ~ '^[a-z][a-z0-9_]{1,60}$'),
  severity text NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 5000),
  created_by text NOT NULL,
  created_role text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX evaluation_findings_quarter_idx ON evaluation_findings (quarter, scope);

-- 改进措施: target (metric and value to reach in target_quarter), measures, owner, deadline.
-- "overdue" is computed from the deadline, never stored.
CREATE TABLE improvement_actions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  finding_id bigint NOT NULL REFERENCES evaluation_findings (id),
  metric_key text NOT NULL CHECK (metric_key ~ '^[a-z][a-z0-9_]{1,60}$'),
  scope text NOT NULL CHECK (scope ~ '^(14([0-9]{2}([0-9]{2})?)?|[A-Z][0-9]{6})$'),
  target_value double precision NOT NULL,
  target_quarter text NOT NULL CHECK (target_quarter ~ '^[0-9]{4}Q[1-4]$'),
  measures text NOT NULL CHECK (length(measures) BETWEEN 1 AND 5000),
  owner text NOT NULL CHECK (length(owner) BETWEEN 1 AND 100),
  deadline date NOT NULL,
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done')),
  done_at timestamptz,
  version int NOT NULL DEFAULT 1,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'done') = (done_at IS NOT NULL))
);
CREATE INDEX improvement_actions_finding_idx ON improvement_actions (finding_id);
CREATE INDEX improvement_actions_target_idx ON improvement_actions (target_quarter, scope);

-- Commitment system (承诺制, issue #5): enterprises, signed commitment letters (承诺书), verification at
-- 竣工验收 / 达产复核, and credit records shared with the provincial credit platform.

-- 统一社会信用代码 (GB 32100-2015) identifies an enterprise; the check character is validated in
-- server/src/enterprises/uscc.ts before a row is written, the pattern here is the last line of defence.
CREATE TABLE enterprises (
  uscc text PRIMARY KEY CHECK (uscc ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
  legal_representative text NOT NULL CHECK (length(legal_representative) BETWEEN 1 AND 50),
  contact_name text NOT NULL DEFAULT '',
  contact_phone text NOT NULL DEFAULT '' CHECK (contact_phone ~ '^[0-9+ -]{0,20}$'),
  address text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- SM2 key pairs of the signers: one per enterprise and one per authority (the zone's administrative
-- committee). Private keys are stored only encrypted under the server's master key.
CREATE TABLE signing_keys (
  key_id text PRIMARY KEY CHECK (key_id ~ '^[a-z]+:[0-9A-Za-z._-]{1,64}$'),
  owner_kind text NOT NULL CHECK (owner_kind IN ('enterprise', 'authority')),
  owner_id text NOT NULL,
  owner_name text NOT NULL,
  public_key_hex text NOT NULL CHECK (public_key_hex ~ '^04[0-9a-f]{128}$'),
  private_key jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (owner_kind, owner_id)
);

CREATE SEQUENCE commitment_serial;

CREATE TABLE commitments (
  -- CL + year + six-digit serial, e.g. CL2026000012: short enough for a QR code and a phone call.
  id text PRIMARY KEY CHECK (id ~ '^CL[0-9]{4}[0-9]{6}$'),
  parcel_code text NOT NULL REFERENCES parcels (code) ON UPDATE CASCADE,
  uscc text NOT NULL REFERENCES enterprises (uscc),
  project_code text NOT NULL CHECK (project_code ~ '^[0-9]{4}-[0-9]{6}-[0-9]{2}-[0-9]{2}-[0-9]{6}$'),
  project_name text NOT NULL CHECK (length(project_name) BETWEEN 2 AND 200),
  industry_code text CHECK (industry_code ~ '^[0-9]{2}$'),
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'signed', 'in_force', 'fulfilled', 'breached', 'terminated')),
  start_by date NOT NULL,
  complete_by date NOT NULL,
  output_by date NOT NULL,
  CHECK (start_by < complete_by AND complete_by < output_by),
  -- The letter as it will be signed (parties, parcel, project, indicators, deadlines, terms):
  -- frozen at creation, so what the PDF shows, what was signed and what is verified are one text.
  document jsonb NOT NULL,
  -- The SignedDocument of server/src/signatures (digest, canonical text, signatures); null in draft.
  signature jsonb,
  authority_id text NOT NULL,
  authority_name text NOT NULL,
  terminated_reason text,
  idempotency_key text UNIQUE CHECK (length(idempotency_key) BETWEEN 8 AND 100),
  version int NOT NULL DEFAULT 1,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  signed_at timestamptz,
  in_force_at timestamptz,
  closed_at timestamptz
);
-- security.md: one active commitment per parcel, enforced where no race can get past it.
CREATE UNIQUE INDEX commitments_one_active_per_parcel ON commitments (parcel_code)
  WHERE status IN ('draft', 'signed', 'in_force');
CREATE INDEX commitments_uscc_idx ON commitments (uscc);
CREATE INDEX commitments_status_idx ON commitments (status);

-- Each committed indicator, never weaker than the parcel's (checked in server/src/commitments/).
CREATE TABLE commitment_indicators (
  commitment_id text NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
  key text NOT NULL CHECK (key IN ('investmentIntensity', 'floorAreaRatio', 'buildingCoverage', 'greenRatio',
    'adminFacilityShare', 'taxPerMu', 'outputPerMu', 'energyValueAddedPerTce', 'energyPerValueAdded',
    'emissionValueAddedPerTonne', 'emissionStandard', 'rdIntensity', 'heightLimit', 'setback')),
  comparator text NOT NULL CHECK (comparator IN ('min', 'max', 'range', 'eq')),
  value double precision,
  value_max double precision,
  text_value text,
  unit text NOT NULL DEFAULT '',
  -- The parcel's own bound at the time, kept beside the commitment for the evaluation's consistency check.
  parcel_value double precision,
  parcel_value_max double precision,
  parcel_text_value text,
  stage text NOT NULL CHECK (stage IN ('completion', 'output')),
  PRIMARY KEY (commitment_id, key)
);

-- 核验: one row per verification attempt at 竣工验收 (completion) or 达产复核 (output).
CREATE TABLE commitment_verifications (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  commitment_id text NOT NULL REFERENCES commitments (id),
  stage text NOT NULL CHECK (stage IN ('completion', 'output')),
  attempt int NOT NULL CHECK (attempt >= 1),
  passed boolean NOT NULL,
  -- Per indicator: key, committed bound, actual, status, margin, reason, evidence.
  results jsonb NOT NULL,
  figures jsonb NOT NULL,
  site_plan jsonb,
  check_report jsonb,
  note text NOT NULL DEFAULT '',
  -- 整改: a failed verification may be re-done until this date.
  rectify_by date,
  verified_by text NOT NULL,
  verified_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (commitment_id, stage, attempt)
);

CREATE SEQUENCE credit_record_serial;

-- 守信 (kept) / 失信 (broken) records on an enterprise, shared with the credit platform via the outbox.
CREATE TABLE credit_records (
  id text PRIMARY KEY CHECK (id ~ '^CR[0-9]{4}[0-9]{6}$'),
  uscc text NOT NULL REFERENCES enterprises (uscc),
  kind text NOT NULL CHECK (kind IN ('kept', 'broken')),
  commitment_id text NOT NULL REFERENCES commitments (id),
  parcel_code text NOT NULL,
  verification_id bigint REFERENCES commitment_verifications (id),
  indicator_key text,
  committed_value double precision,
  actual_value double precision,
  margin double precision,
  reason text NOT NULL,
  decided_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX credit_records_uscc_idx ON credit_records (uscc, decided_at DESC);

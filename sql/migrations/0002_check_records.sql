-- Stored results of the spatial checks engine: what was checked, against which parcel, by whom, and the report.
-- Later issues link a record to a commitment (verification at acceptance) or an agency case.
CREATE TABLE check_records (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  parcel_id bigint NOT NULL REFERENCES parcels (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text,
  verdict text NOT NULL CHECK (verdict IN ('pass', 'fail', 'incomplete', 'error')),
  input jsonb NOT NULL,
  report jsonb NOT NULL
);
CREATE INDEX check_records_parcel_idx ON check_records (parcel_id, created_at DESC);

-- Staff publishing: review workflow on parcels, import previews, constraint layers.
-- Investors see only parcels whose workflow_state is 'published'; everything else is staff-only.
ALTER TABLE parcels
  ADD COLUMN workflow_state text NOT NULL DEFAULT 'draft'
    CHECK (workflow_state IN ('draft', 'submitted', 'approved', 'rejected', 'published', 'withdrawn')),
  ADD COLUMN review_comment text,
  ADD COLUMN withdrawn_reason text,
  ADD COLUMN created_by text,
  ADD COLUMN submitted_at timestamptz,
  ADD COLUMN approved_at timestamptz,
  ADD COLUMN published_at timestamptz;
CREATE INDEX parcels_workflow_idx ON parcels (workflow_state);

-- An upload's parsed features and the preview shown to the user; committed in one transaction later.
CREATE TABLE imports (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text,
  file_name text NOT NULL,
  detected jsonb NOT NULL,
  features jsonb NOT NULL,
  preview jsonb NOT NULL,
  state text NOT NULL DEFAULT 'previewed' CHECK (state IN ('previewed', 'committed', 'discarded')),
  committed_at timestamptz
);

-- Layers that block parcels overlapping them: 永久基本农田, 生态保护红线, …
CREATE TABLE constraint_layers (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('basic_farmland', 'ecological_redline', 'other')),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text
);
CREATE TABLE constraint_areas (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  layer_id bigint NOT NULL REFERENCES constraint_layers (id) ON DELETE CASCADE,
  geom geometry(MultiPolygon, 4490) NOT NULL CHECK (ST_IsValid(geom))
);
CREATE INDEX constraint_areas_geom_gix ON constraint_areas USING gist (geom);

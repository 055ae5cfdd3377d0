-- Parcel catalog: development zones, parcels, control indicators, regional assessments, data version.
-- Code lists in CHECK constraints mirror server/src/domain/*.ts; tests/server/db/code-lists.test.ts keeps them equal.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE app_meta (
  key text PRIMARY KEY,
  value text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Tiles and caches key on this number; every write to catalog tables bumps it (triggers below).
CREATE TABLE data_version (
  id int PRIMARY KEY CHECK (id = 1),
  version bigint NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO data_version (id, version) VALUES (1, 1);

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_version SET version = version + 1, changed_at = now() WHERE id = 1;
  RETURN NULL;
END $$;

-- CGCS2000 3° Gauss-Krüger zone for planar measures: CM 111°E west of 112.5°E, CM 114°E east of it.
CREATE FUNCTION gk_srid(g geometry) RETURNS int LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN ST_X(ST_PointOnSurface(g)) < 112.5 THEN 4546 ELSE 4547 END
$$;

CREATE TABLE zones (
  code text PRIMARY KEY CHECK (code ~ '^[A-Z][0-9]{6}$'),
  name text NOT NULL,
  level text NOT NULL CHECK (level IN ('national', 'provincial')),
  city_code char(6) NOT NULL CHECK (city_code ~ '^14[0-9]{2}00$'),
  city_name text NOT NULL,
  county_code char(6) NOT NULL CHECK (county_code ~ '^14[0-9]{4}$'),
  county_name text NOT NULL,
  boundary geometry(MultiPolygon, 4490) NOT NULL CHECK (ST_IsValid(boundary)),
  area_m2 double precision NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX zones_boundary_gix ON zones USING gist (boundary);

CREATE TABLE parcels (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE CHECK (code ~ '^[0-9]{6}-[0-9]{4}-[0-9]{4}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  zone_code text NOT NULL REFERENCES zones (code),
  division_code char(6) NOT NULL CHECK (division_code ~ '^14[0-9]{4}$'),
  location text NOT NULL DEFAULT '',
  land_use_code text NOT NULL CHECK (land_use_code IN ('100101', '100102', '100103', '110101', '110102', '110103')),
  industry_code text CHECK (industry_code ~ '^[0-9]{2}$'),
  geom geometry(MultiPolygon, 4490) NOT NULL CHECK (ST_IsValid(geom) AND NOT ST_IsEmpty(geom)),
  -- Planar area in the parcel's GK zone, computed by the trigger below; never typed in.
  gk_srid int NOT NULL DEFAULT 4547 CHECK (gk_srid IN (4546, 4547)),
  area_m2 double precision NOT NULL DEFAULT 0,
  area_mu double precision GENERATED ALWAYS AS (area_m2 * 15 / 10000) STORED,
  declared_area_m2 double precision CHECK (declared_area_m2 > 0),
  supply_method text NOT NULL DEFAULT 'listing' CHECK (supply_method IN ('listing', 'auction', 'agreement')),
  transfer_term_years int CHECK (transfer_term_years BETWEEN 1 AND 50),
  reserve_price_wan_yuan double precision CHECK (reserve_price_wan_yuan >= 0),
  infrastructure text[] NOT NULL DEFAULT '{}'
    CHECK (infrastructure <@ ARRAY['water', 'power', 'road', 'gas', 'telecom', 'heating', 'drainage', 'levelled']::text[]),
  planning_height_limit_m double precision CHECK (planning_height_limit_m > 0),
  planning_setback_m double precision CHECK (planning_setback_m >= 0),
  status text NOT NULL DEFAULT 'reserve' CHECK (status IN
    ('reserve', 'published', 'listed', 'transferred', 'under_construction', 'completed', 'output_reviewed', 'withdrawn')),
  listed_on date,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX parcels_geom_gix ON parcels USING gist (geom);
CREATE INDEX parcels_zone_idx ON parcels (zone_code);
CREATE INDEX parcels_division_idx ON parcels (division_code);
CREATE INDEX parcels_status_idx ON parcels (status);

CREATE FUNCTION parcels_measure() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.gk_srid := gk_srid(NEW.geom);
  NEW.area_m2 := ST_Area(ST_Transform(NEW.geom, NEW.gk_srid));
  RETURN NEW;
END $$;
CREATE TRIGGER parcels_measure BEFORE INSERT OR UPDATE OF geom ON parcels
  FOR EACH ROW EXECUTE FUNCTION parcels_measure();

CREATE FUNCTION zones_measure() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.area_m2 := ST_Area(ST_Transform(NEW.boundary, gk_srid(NEW.boundary)));
  RETURN NEW;
END $$;
CREATE TRIGGER zones_measure BEFORE INSERT OR UPDATE OF boundary ON zones
  FOR EACH ROW EXECUTE FUNCTION zones_measure();

CREATE TABLE parcel_indicators (
  parcel_id bigint NOT NULL REFERENCES parcels (id) ON DELETE CASCADE,
  key text NOT NULL CHECK (key IN ('investmentIntensity', 'floorAreaRatio', 'buildingCoverage', 'greenRatio',
    'adminFacilityShare', 'taxPerMu', 'outputPerMu', 'energyValueAddedPerTce', 'energyPerValueAdded',
    'emissionValueAddedPerTonne', 'emissionStandard', 'rdIntensity', 'heightLimit', 'setback')),
  comparator text NOT NULL CHECK (comparator IN ('min', 'max', 'range', 'eq')),
  value double precision,
  value_max double precision,
  text_value text,
  unit text NOT NULL DEFAULT '',
  area_base text NOT NULL DEFAULT 'gross' CHECK (area_base IN ('gross', 'net')),
  double_count_tall_storeys boolean NOT NULL DEFAULT false,
  of_floor_area boolean NOT NULL DEFAULT false,
  PRIMARY KEY (parcel_id, key),
  CHECK (CASE comparator
    WHEN 'range' THEN value IS NOT NULL AND value_max IS NOT NULL AND value <= value_max
    WHEN 'eq' THEN value IS NOT NULL OR text_value IS NOT NULL
    ELSE value IS NOT NULL END)
);

CREATE TABLE regional_assessments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  zone_code text REFERENCES zones (code),
  parcel_id bigint REFERENCES parcels (id) ON DELETE CASCADE,
  type text NOT NULL CHECK (type IN ('geological_hazard', 'mineral_overlay', 'soil_water', 'energy', 'environment',
    'cultural_relics', 'flood', 'seismic', 'water_resources', 'climate')),
  conclusion text NOT NULL CHECK (conclusion IN ('suitable', 'suitable_with_measures', 'not_involved')),
  document_no text NOT NULL,
  issued_on date NOT NULL,
  valid_until date,
  implication_zh text NOT NULL DEFAULT '',
  CHECK ((zone_code IS NULL) <> (parcel_id IS NULL)),
  CHECK (valid_until IS NULL OR valid_until >= issued_on)
);
CREATE INDEX regional_assessments_zone_idx ON regional_assessments (zone_code);
CREATE INDEX regional_assessments_parcel_idx ON regional_assessments (parcel_id);

CREATE TRIGGER zones_data_version AFTER INSERT OR UPDATE OR DELETE ON zones
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER parcels_data_version AFTER INSERT OR UPDATE OR DELETE ON parcels
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER parcel_indicators_data_version AFTER INSERT OR UPDATE OR DELETE ON parcel_indicators
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER regional_assessments_data_version AFTER INSERT OR UPDATE OR DELETE ON regional_assessments
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();

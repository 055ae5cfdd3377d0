-- The measures the check engine takes of a site plan, done by PostGIS for comparison (bench only):
-- per-feature planar area, union of footprints, each building's distance to the parcel boundary and
-- the area of each footprint outside the parcel. $1 parcel GeoJSON (4490), $2 plan features (4490), $3 GK SRID.
WITH parcel AS (
  SELECT ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($1), 4490), $3::int) AS g
), plan AS (
  SELECT f ->> 'id' AS id, ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(f ->> 'geometry'), 4490), $3::int) AS g
  FROM jsonb_array_elements($2::jsonb) AS f
)
SELECT
  (SELECT ST_Area(g) FROM parcel) AS parcel_m2,
  (SELECT sum(ST_Area(g)) FROM plan) AS footprints_m2,
  (SELECT ST_Area(ST_Union(g)) FROM plan) AS union_m2,
  (SELECT min(ST_Distance(plan.g, ST_Boundary(parcel.g))) FROM plan, parcel) AS min_setback_m,
  (SELECT sum(ST_Area(ST_Difference(plan.g, parcel.g))) FROM plan, parcel) AS outside_m2

-- Adds a layer's polygons (GeoJSON MultiPolygons, EPSG:4490). Official layers sometimes carry small
-- self-intersections; they are made valid here and counted, since the layer only blocks overlaps.
-- $1 layer id, $2 geometries. Returns how many needed repair.
WITH g AS (
  SELECT ST_SetSRID(ST_GeomFromGeoJSON(x #>> '{}'), 4490) AS raw FROM jsonb_array_elements($2::jsonb) AS x
), ins AS (
  INSERT INTO constraint_areas (layer_id, geom)
  SELECT $1, CASE WHEN ST_IsValid(raw) THEN ST_Multi(raw) ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(raw), 3)) END FROM g
  RETURNING id
)
SELECT (SELECT count(*) FROM ins) AS inserted, (SELECT count(*) FROM g WHERE NOT ST_IsValid(raw)) AS repaired

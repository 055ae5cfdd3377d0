-- Checks parcels about to be imported against PostGIS and the catalog, one row per candidate:
-- validity with reason and location (ST_IsValidDetail), the area change a repair would cause, planar
-- area, the development zone and what lies outside it, interior overlaps with active parcels (shared
-- edges allowed) and with other candidates, overlaps with constraint layers, and an existing parcel
-- with the same code. $1 candidates [{idx, code, zoneCode, geometry}], $2 repair invalid geometries.
WITH c AS (
  SELECT (x ->> 'idx')::int AS idx,
         x ->> 'code' AS code,
         x ->> 'zoneCode' AS zone_code,
         ST_SetSRID(ST_GeomFromGeoJSON(x ->> 'geometry'), 4490) AS raw
  FROM jsonb_array_elements($1::jsonb) AS x
), d AS (
  SELECT c.*, ST_IsValidDetail(c.raw) AS detail FROM c
), v AS (
  SELECT d.idx, d.code, d.zone_code, d.raw, (d.detail).valid AS valid, (d.detail).reason AS reason,
         (d.detail).location AS location,
         CASE WHEN (d.detail).valid THEN d.raw
              WHEN $2::boolean THEN ST_Multi(ST_CollectionExtract(ST_MakeValid(d.raw), 3)) END AS g,
         gk_srid(ST_Envelope(d.raw)) AS srid
  FROM d
)
SELECT
  v.idx,
  v.valid,
  v.reason AS "invalidReason",
  ST_AsGeoJSON(v.location, 8)::json AS "invalidLocation",
  CASE WHEN NOT v.valid THEN
    ST_Area(ST_Transform(ST_Multi(ST_CollectionExtract(ST_MakeValid(v.raw), 3)), v.srid))
    - abs(ST_Area(ST_Transform(v.raw, v.srid))) END AS "repairAreaChangeM2",
  CASE WHEN v.g IS NOT NULL THEN ST_AsGeoJSON(v.g, 9)::json END AS geometry,
  ST_Area(ST_Transform(v.g, v.srid)) AS "areaM2",
  z.code AS "zoneCode",
  z.county_code AS "zoneCountyCode",
  CASE WHEN z.code IS NOT NULL AND v.g IS NOT NULL
    THEN ST_Area(ST_Transform(ST_Difference(v.g, z.boundary), v.srid)) END AS "outsideZoneM2",
  COALESCE((
    SELECT json_agg(json_build_object('code', p.code,
      'areaM2', round(ST_Area(ST_Transform(ST_Intersection(p.geom, v.g), v.srid))::numeric, 2)::float8) ORDER BY p.code)
    FROM parcels p
    WHERE v.g IS NOT NULL AND p.code IS DISTINCT FROM v.code AND p.status <> 'withdrawn'
      AND p.workflow_state <> 'withdrawn' AND p.geom && v.g AND ST_Relate(p.geom, v.g, '2********')), '[]'::json) AS overlaps,
  COALESCE((
    SELECT json_agg(o.idx ORDER BY o.idx)
    FROM v AS o
    WHERE o.idx <> v.idx AND o.g IS NOT NULL AND v.g IS NOT NULL AND o.g && v.g AND ST_Relate(o.g, v.g, '2********')), '[]'::json)
    AS "fileOverlaps",
  COALESCE((
    SELECT json_agg(json_build_object('layer', l.name, 'kind', l.kind,
      'areaM2', round(ST_Area(ST_Transform(ST_Intersection(a.geom, v.g), v.srid))::numeric, 2)::float8) ORDER BY l.name)
    FROM constraint_areas a JOIN constraint_layers l ON l.id = a.layer_id
    WHERE v.g IS NOT NULL AND a.geom && v.g AND ST_Relate(a.geom, v.g, '2********')), '[]'::json) AS constraints,
  e.workflow_state AS "existingWorkflowState",
  e.version AS "existingVersion"
FROM v
LEFT JOIN LATERAL (
  SELECT zz.code, zz.county_code, zz.boundary FROM zones zz
  WHERE (v.zone_code IS NOT NULL AND zz.code = v.zone_code)
     OR (v.zone_code IS NULL AND v.g IS NOT NULL AND ST_Intersects(zz.boundary, v.g))
  -- Without a stated zone, the zone holding most of the parcel.
  ORDER BY CASE WHEN v.zone_code IS NULL THEN ST_Area(ST_Intersection(zz.boundary, v.g)) END DESC NULLS LAST
  LIMIT 1
) z ON true
LEFT JOIN parcels e ON e.code = v.code
ORDER BY v.idx

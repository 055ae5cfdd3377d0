-- The parcels of one tile. $1 z, $2 x, $3 y; $4 path: 'sql' builds the MVT here (ST_AsMVT, extent 4096,
-- buffer 64, clipped), 'node' returns the same features as GeoJSON for geojson-vt (PGlite has no ST_AsMVT).
-- `visible` is the one place that decides which parcels and attributes a tile carries.
WITH tile AS (
  SELECT ST_TileEnvelope($1::int, $2::int, $3::int) AS envelope,
         -- The tile widened by its 64/4096 buffer, in the storage CRS so the GiST index serves it. A Web
         -- Mercator rectangle is a lon/lat rectangle, so transforming its corners is exact.
         ST_Transform(ST_TileEnvelope($1::int, $2::int, $3::int, margin => 64.0 / 4096), 4490) AS search
),
-- NOT MATERIALIZED: only the branch that runs reads it, and big tiles skip a copy (~20 % at zoom 8).
visible AS NOT MATERIALIZED (
  SELECT p.id, p.geom,
         jsonb_build_object('code', p.code, 'status', p.status, 'landUse', p.land_use_code,
                            'areaMu', round(p.area_mu::numeric, 2)) AS props
  FROM parcels p, tile
  WHERE ST_Intersects(p.geom, tile.search)
    -- Investors see published parcels only; $5 is true for staff (same rule as parcels/search.sql).
    AND (p.workflow_state = 'published' OR $5::boolean)
)
SELECT
  CASE WHEN $4::text = 'sql' THEN (
    -- jsonb columns become MVT properties; `id` becomes the feature id (an unsigned integer in MVT).
    SELECT ST_AsMVT(f, 'parcels', 4096, 'geom', 'id')
    FROM (SELECT v.id, v.props, ST_AsMVTGeom(ST_Transform(v.geom, 3857), tile.envelope, 4096, 64, true) AS geom
          FROM visible v, tile) f
  ) END AS mvt,
  CASE WHEN $4::text = 'node' THEN (
    SELECT coalesce(json_agg(json_build_object('type', 'Feature', 'id', v.id, 'properties', v.props,
                                               'geometry', ST_AsGeoJSON(v.geom, 9, 0)::json)), '[]'::json)
    FROM visible v
  ) END AS features

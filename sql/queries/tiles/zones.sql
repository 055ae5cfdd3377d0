-- The development zones of one tile; parameters and paths as in tiles/parcels.sql. Zones have a text key
-- only, so their features carry no MVT id (clients use the `code` property).
WITH tile AS (
  SELECT ST_TileEnvelope($1::int, $2::int, $3::int) AS envelope,
         ST_Transform(ST_TileEnvelope($1::int, $2::int, $3::int, margin => 64.0 / 4096), 4490) AS search
),
-- NOT MATERIALIZED: only the branch that runs reads it, and big tiles skip a copy (~20 % at zoom 8).
visible AS NOT MATERIALIZED (
  SELECT z.boundary AS geom, jsonb_build_object('code', z.code, 'name', z.name, 'level', z.level) AS props
  FROM zones z, tile
  WHERE ST_Intersects(z.boundary, tile.search)
)
SELECT
  CASE WHEN $4::text = 'sql' THEN (
    SELECT ST_AsMVT(f, 'zones', 4096, 'geom')
    FROM (SELECT v.props, ST_AsMVTGeom(ST_Transform(v.geom, 3857), tile.envelope, 4096, 64, true) AS geom
          FROM visible v, tile) f
  ) END AS mvt,
  CASE WHEN $4::text = 'node' THEN (
    SELECT coalesce(json_agg(json_build_object('type', 'Feature', 'properties', v.props,
                                               'geometry', ST_AsGeoJSON(v.geom, 9, 0)::json)), '[]'::json)
    FROM visible v
  ) END AS features

-- Development zones with parcel counts; $1 zone codes (NULL = all), $2 geometry output mode
-- (none | crs84 | epsg4490), $3 limit, $4 offset, $5-$8 bbox (lon/lat).
SELECT
  count(*) OVER () AS total,
  z.code,
  json_build_object(
    'code', z.code,
    'name', z.name,
    'level', z.level,
    'cityCode', z.city_code,
    'cityName', z.city_name,
    'countyCode', z.county_code,
    'countyName', z.county_name,
    'areaKm2', round((z.area_m2 / 1e6)::numeric, 3)::float8,
    'parcelCount', (SELECT count(*) FROM parcels p WHERE p.zone_code = z.code AND p.workflow_state = 'published'),
    'bbox', json_build_array(round(ST_XMin(z.boundary)::numeric, 6)::float8, round(ST_YMin(z.boundary)::numeric, 6)::float8,
      round(ST_XMax(z.boundary)::numeric, 6)::float8, round(ST_YMax(z.boundary)::numeric, 6)::float8)
  )::text AS props,
  CASE $2::text
    WHEN 'crs84' THEN ST_AsGeoJSON(z.boundary, 7)
    WHEN 'epsg4490' THEN ST_AsGeoJSON(ST_FlipCoordinates(z.boundary), 7)
  END AS geometry
FROM zones z
WHERE ($1::text[] IS NULL OR z.code = ANY ($1::text[]))
  AND ($5::float8 IS NULL OR ST_Intersects(z.boundary, ST_MakeEnvelope($5::float8, $6::float8, $7::float8, $8::float8, 4490)))
ORDER BY z.code
LIMIT $3::int OFFSET $4::int

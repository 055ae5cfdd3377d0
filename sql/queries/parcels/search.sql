-- Parcels matching every given filter (a NULL parameter means "no filter"), one page, with the total.
-- $1 zone codes, $2 division code prefix, $3 statuses, $4 land-use codes, $5/$6 area range (亩),
-- $7 indicator ranges [{key,min,max}], $8-$11 bbox (lon/lat), $12 free text, $13 sort key,
-- $14 limit, $15 offset, $16 geometry output: none | crs84 | epsg4490 (lat/lon axis order),
-- $17 labels {status:{code:zh}, landUse:{code:zh}} from the shared code lists, $18 parcel codes,
-- $19 staff audience (sees every workflow state; the public sees published parcels only), $20 workflow states.
SELECT
  count(*) OVER () AS total,
  p.code,
  json_build_object(
    'code', p.code,
    'name', p.name,
    'zoneCode', p.zone_code,
    'zoneName', z.name,
    'divisionCode', p.division_code,
    'cityName', z.city_name,
    'countyName', z.county_name,
    'location', p.location,
    'landUseCode', p.land_use_code,
    'landUseZh', $17::jsonb -> 'landUse' ->> p.land_use_code,
    'industryCode', p.industry_code,
    'status', p.status,
    'statusZh', $17::jsonb -> 'status' ->> p.status,
    'areaM2', round(p.area_m2::numeric, 2)::float8,
    'areaMu', round(p.area_mu::numeric, 4)::float8,
    'supplyMethod', p.supply_method,
    'transferTermYears', p.transfer_term_years,
    'reservePriceWanYuan', p.reserve_price_wan_yuan,
    'listedOn', p.listed_on,
    'version', p.version,
    'workflowState', p.workflow_state,
    'bbox', json_build_array(round(ST_XMin(p.geom)::numeric, 7)::float8, round(ST_YMin(p.geom)::numeric, 7)::float8,
      round(ST_XMax(p.geom)::numeric, 7)::float8, round(ST_YMax(p.geom)::numeric, 7)::float8),
    'updatedAt', p.updated_at
  )::text AS props,
  CASE $16::text
    WHEN 'crs84' THEN ST_AsGeoJSON(p.geom, 8)
    WHEN 'epsg4490' THEN ST_AsGeoJSON(ST_FlipCoordinates(p.geom), 8)
  END AS geometry
FROM parcels p
JOIN zones z ON z.code = p.zone_code
WHERE ($1::text[] IS NULL OR p.zone_code = ANY ($1::text[]))
  AND ($2::text IS NULL OR starts_with(p.division_code, $2::text))
  AND ($3::text[] IS NULL OR p.status = ANY ($3::text[]))
  AND ($4::text[] IS NULL OR p.land_use_code = ANY ($4::text[]))
  AND ($5::float8 IS NULL OR p.area_mu >= $5::float8)
  AND ($6::float8 IS NULL OR p.area_mu <= $6::float8)
  AND ($7::jsonb IS NULL OR NOT EXISTS (
    SELECT 1 FROM jsonb_to_recordset($7::jsonb) AS f(key text, min float8, max float8)
    WHERE NOT EXISTS (
      SELECT 1 FROM parcel_indicators i
      WHERE i.parcel_id = p.id AND i.key = f.key AND i.value IS NOT NULL
        AND (f.min IS NULL OR i.value >= f.min)
        AND (f.max IS NULL OR i.value <= f.max))))
  AND ($8::float8 IS NULL OR ST_Intersects(p.geom, ST_MakeEnvelope($8::float8, $9::float8, $10::float8, $11::float8, 4490)))
  AND ($12::text IS NULL
    OR strpos(lower(p.code), lower($12::text)) > 0
    OR strpos(lower(p.name), lower($12::text)) > 0
    OR strpos(lower(p.location), lower($12::text)) > 0
    OR strpos(z.name, $12::text) > 0)
  AND ($18::text[] IS NULL OR p.code = ANY ($18::text[]))
  AND (p.workflow_state = 'published' OR $19::boolean)
  AND ($20::text[] IS NULL OR p.workflow_state = ANY ($20::text[]))
ORDER BY
  CASE WHEN $13::text = 'name' THEN p.name END ASC,
  CASE WHEN $13::text = '-name' THEN p.name END DESC,
  CASE WHEN $13::text = 'areaMu' THEN p.area_mu END ASC,
  CASE WHEN $13::text = '-areaMu' THEN p.area_mu END DESC,
  CASE WHEN $13::text = 'status' THEN p.status END ASC,
  CASE WHEN $13::text = '-status' THEN p.status END DESC,
  CASE WHEN $13::text = 'reservePrice' THEN p.reserve_price_wan_yuan END ASC,
  CASE WHEN $13::text = '-reservePrice' THEN p.reserve_price_wan_yuan END DESC,
  CASE WHEN $13::text = 'listedOn' THEN p.listed_on END ASC,
  CASE WHEN $13::text = '-listedOn' THEN p.listed_on END DESC,
  CASE WHEN $13::text = 'updatedAt' THEN p.updated_at END ASC,
  CASE WHEN $13::text = '-updatedAt' THEN p.updated_at END DESC,
  CASE WHEN $13::text = '-code' THEN p.code END DESC,
  p.code ASC
LIMIT $14::int OFFSET $15::int

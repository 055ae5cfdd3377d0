-- One parcel with everything an investor sees: zone, planar area, indicators (in the shared key order),
-- zone- and parcel-level regional assessments, planning conditions and geometry. $1 code, $2 key order,
-- $3 staff audience (the public sees published parcels only).
SELECT json_build_object(
  'code', p.code,
  'name', p.name,
  'zone', json_build_object('code', z.code, 'name', z.name, 'level', z.level,
    'cityCode', z.city_code, 'cityName', z.city_name, 'countyCode', z.county_code, 'countyName', z.county_name),
  'divisionCode', p.division_code,
  'location', p.location,
  'landUseCode', p.land_use_code,
  'industryCode', p.industry_code,
  'status', p.status,
  'area', json_build_object(
    'm2', round(p.area_m2::numeric, 2)::float8,
    'mu', round(p.area_mu::numeric, 4)::float8,
    'gkSrid', p.gk_srid,
    'declaredM2', p.declared_area_m2,
    'declaredDiffPct', CASE WHEN p.declared_area_m2 IS NOT NULL
      THEN round(((p.declared_area_m2 - p.area_m2) / p.area_m2 * 100)::numeric, 3)::float8 END),
  'supplyMethod', p.supply_method,
  'transferTermYears', p.transfer_term_years,
  'reservePriceWanYuan', p.reserve_price_wan_yuan,
  'infrastructure', to_json(p.infrastructure),
  'planning', json_build_object('heightLimitM', p.planning_height_limit_m, 'setbackM', p.planning_setback_m),
  'listedOn', p.listed_on,
  'version', p.version,
  'workflow', json_build_object('state', p.workflow_state, 'reviewComment', p.review_comment,
    'withdrawnReason', p.withdrawn_reason, 'createdBy', p.created_by, 'submittedAt', p.submitted_at,
    'approvedAt', p.approved_at, 'publishedAt', p.published_at),
  'createdAt', p.created_at,
  'updatedAt', p.updated_at,
  'indicators', COALESCE((
    SELECT json_agg(json_build_object(
      'key', i.key, 'comparator', i.comparator, 'value', i.value, 'valueMax', i.value_max,
      'textValue', i.text_value, 'unit', i.unit, 'areaBase', i.area_base,
      'doubleCountTallStoreys', i.double_count_tall_storeys, 'ofFloorArea', i.of_floor_area)
      ORDER BY array_position($2::text[], i.key))
    FROM parcel_indicators i WHERE i.parcel_id = p.id), '[]'::json),
  'assessments', COALESCE((
    SELECT json_agg(json_build_object(
      'scope', CASE WHEN a.parcel_id IS NULL THEN 'zone' ELSE 'parcel' END,
      'type', a.type, 'conclusion', a.conclusion, 'documentNo', a.document_no,
      'issuedOn', a.issued_on, 'validUntil', a.valid_until,
      'expired', a.valid_until IS NOT NULL AND a.valid_until < current_date,
      'implicationZh', a.implication_zh)
      ORDER BY a.parcel_id NULLS LAST, a.type)
    FROM regional_assessments a WHERE a.parcel_id = p.id OR a.zone_code = p.zone_code), '[]'::json),
  'centroid', ST_AsGeoJSON(ST_PointOnSurface(p.geom), 8)::json,
  'bbox', json_build_array(round(ST_XMin(p.geom)::numeric, 8)::float8, round(ST_YMin(p.geom)::numeric, 8)::float8,
    round(ST_XMax(p.geom)::numeric, 8)::float8, round(ST_YMax(p.geom)::numeric, 8)::float8),
  'geometry', ST_AsGeoJSON(p.geom, 8)::json
)::text AS body,
  p.version
FROM parcels p
JOIN zones z ON z.code = p.zone_code
WHERE p.code = $1 AND (p.workflow_state = 'published' OR $3::boolean)

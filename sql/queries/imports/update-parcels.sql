-- Updates draft or rejected parcels from staged import features (GeoJSON features keyed by code);
-- the trigger re-measures areas. $1 features. Returns the codes updated.
UPDATE parcels p SET
  name = pr ->> 'name',
  zone_code = pr ->> 'zoneCode',
  division_code = pr ->> 'divisionCode',
  location = COALESCE(pr ->> 'location', ''),
  land_use_code = pr ->> 'landUseCode',
  industry_code = pr ->> 'industryCode',
  geom = ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(x.f ->> 'geometry'), 4490)),
  declared_area_m2 = (pr ->> 'declaredAreaM2')::float8,
  supply_method = COALESCE(pr ->> 'supplyMethod', 'listing'),
  transfer_term_years = (pr ->> 'transferTermYears')::int,
  reserve_price_wan_yuan = (pr ->> 'reservePriceWanYuan')::float8,
  infrastructure = COALESCE(ARRAY(SELECT jsonb_array_elements_text(pr -> 'infrastructure')), '{}'),
  planning_height_limit_m = (pr ->> 'planningHeightLimitM')::float8,
  planning_setback_m = (pr ->> 'planningSetbackM')::float8,
  workflow_state = 'draft',
  version = p.version + 1,
  updated_at = now()
FROM jsonb_array_elements($1::jsonb) AS x(f), LATERAL (SELECT x.f -> 'properties' AS pr) AS y
WHERE p.code = pr ->> 'code' AND p.workflow_state IN ('draft', 'rejected')
RETURNING p.code

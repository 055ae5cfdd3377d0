-- Applies a partial edit: each column changes only when the patch ($2, JSON) has its key.
-- The trigger re-measures the area when the geometry changes. $1 code.
UPDATE parcels SET
  name = CASE WHEN $2::jsonb ? 'name' THEN $2::jsonb ->> 'name' ELSE name END,
  location = CASE WHEN $2::jsonb ? 'location' THEN COALESCE($2::jsonb ->> 'location', '') ELSE location END,
  land_use_code = CASE WHEN $2::jsonb ? 'landUseCode' THEN $2::jsonb ->> 'landUseCode' ELSE land_use_code END,
  industry_code = CASE WHEN $2::jsonb ? 'industryCode' THEN $2::jsonb ->> 'industryCode' ELSE industry_code END,
  declared_area_m2 = CASE WHEN $2::jsonb ? 'declaredAreaM2' THEN ($2::jsonb ->> 'declaredAreaM2')::float8 ELSE declared_area_m2 END,
  supply_method = CASE WHEN $2::jsonb ? 'supplyMethod' THEN $2::jsonb ->> 'supplyMethod' ELSE supply_method END,
  transfer_term_years = CASE WHEN $2::jsonb ? 'transferTermYears' THEN ($2::jsonb ->> 'transferTermYears')::int ELSE transfer_term_years END,
  reserve_price_wan_yuan = CASE WHEN $2::jsonb ? 'reservePriceWanYuan' THEN ($2::jsonb ->> 'reservePriceWanYuan')::float8 ELSE reserve_price_wan_yuan END,
  infrastructure = CASE WHEN $2::jsonb ? 'infrastructure'
    THEN ARRAY(SELECT jsonb_array_elements_text($2::jsonb -> 'infrastructure')) ELSE infrastructure END,
  planning_height_limit_m = CASE WHEN $2::jsonb ? 'planningHeightLimitM' THEN ($2::jsonb ->> 'planningHeightLimitM')::float8 ELSE planning_height_limit_m END,
  planning_setback_m = CASE WHEN $2::jsonb ? 'planningSetbackM' THEN ($2::jsonb ->> 'planningSetbackM')::float8 ELSE planning_setback_m END,
  geom = CASE WHEN $2::jsonb ? 'geometry' THEN ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($2::jsonb ->> 'geometry'), 4490)) ELSE geom END,
  workflow_state = 'draft',
  version = version + 1,
  updated_at = now()
WHERE code = $1
RETURNING version

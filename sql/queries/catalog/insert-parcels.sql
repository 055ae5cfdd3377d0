-- Inserts parcels from a JSON array of GeoJSON features (lon/lat, EPSG:4490); the trigger measures areas.
-- $1 features, $2 who (username or 'system'). New parcels are drafts unless the data says otherwise.
INSERT INTO parcels (code, name, zone_code, division_code, location, land_use_code, industry_code, geom,
  declared_area_m2, supply_method, transfer_term_years, reserve_price_wan_yuan, infrastructure,
  planning_height_limit_m, planning_setback_m, status, listed_on, workflow_state, published_at, created_by)
SELECT pr ->> 'code',
       pr ->> 'name',
       pr ->> 'zoneCode',
       pr ->> 'divisionCode',
       COALESCE(pr ->> 'location', ''),
       pr ->> 'landUseCode',
       pr ->> 'industryCode',
       ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(f ->> 'geometry'), 4490)),
       (pr ->> 'declaredAreaM2')::float8,
       COALESCE(pr ->> 'supplyMethod', 'listing'),
       (pr ->> 'transferTermYears')::int,
       (pr ->> 'reservePriceWanYuan')::float8,
       COALESCE(ARRAY(SELECT jsonb_array_elements_text(pr -> 'infrastructure')), '{}'),
       (pr ->> 'planningHeightLimitM')::float8,
       (pr ->> 'planningSetbackM')::float8,
       COALESCE(pr ->> 'status', 'reserve'),
       (pr ->> 'listedOn')::date,
       COALESCE(pr ->> 'workflowState', 'draft'),
       CASE WHEN pr ->> 'workflowState' = 'published' THEN now() END,
       $2
FROM jsonb_array_elements($1::jsonb) AS f, LATERAL (SELECT f -> 'properties' AS pr) AS x

-- Parcels to export with their geometry (CRS84) and indicators, for codes already filtered by
-- parcels/search.sql under the caller's audience. $1 codes, $2 indicator key order.
SELECT p.code, p.name, p.land_use_code AS "landUseCode", p.status, p.area_m2 AS "areaM2",
       p.declared_area_m2 AS "declaredAreaM2",
       ST_AsGeoJSON(p.geom, 9)::json AS geometry,
       COALESCE((
         SELECT json_agg(json_build_object('key', i.key, 'comparator', i.comparator, 'value', i.value,
           'valueMax', i.value_max, 'textValue', i.text_value, 'unit', i.unit, 'areaBase', i.area_base,
           'doubleCountTallStoreys', i.double_count_tall_storeys, 'ofFloorArea', i.of_floor_area)
           ORDER BY array_position($2::text[], i.key))
         FROM parcel_indicators i WHERE i.parcel_id = p.id), '[]'::json) AS indicators
FROM parcels p
WHERE p.code = ANY ($1::text[])
ORDER BY p.code

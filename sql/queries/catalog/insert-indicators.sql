-- Inserts the `indicators` arrays of parcel features already inserted by code. $1 features.
INSERT INTO parcel_indicators (parcel_id, key, comparator, value, value_max, text_value, unit, area_base,
  double_count_tall_storeys, of_floor_area)
SELECT p.id,
       i ->> 'key',
       i ->> 'comparator',
       (i ->> 'value')::float8,
       (i ->> 'valueMax')::float8,
       i ->> 'textValue',
       COALESCE(i ->> 'unit', ''),
       COALESCE(i ->> 'areaBase', 'gross'),
       COALESCE((i ->> 'doubleCountTallStoreys')::boolean, false),
       COALESCE((i ->> 'ofFloorArea')::boolean, false)
FROM jsonb_array_elements($1::jsonb) AS f
JOIN parcels p ON p.code = f -> 'properties' ->> 'code'
CROSS JOIN LATERAL jsonb_array_elements(COALESCE(f -> 'properties' -> 'indicators', '[]'::jsonb)) AS i

-- Removes the indicators of the parcels whose features carry an `indicators` array, before they are
-- inserted again from the same features. $1 features.
DELETE FROM parcel_indicators i
USING parcels p, jsonb_array_elements($1::jsonb) AS f
WHERE i.parcel_id = p.id AND p.code = f -> 'properties' ->> 'code'
  AND jsonb_typeof(f -> 'properties' -> 'indicators') = 'array'

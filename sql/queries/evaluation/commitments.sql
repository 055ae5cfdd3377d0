-- Commitments signed before the quarter's end ($2) and not closed before its start ($1), with their
-- committed indicators and the parcel's indicators as the catalog states them now.
-- $3 division prefix, $4 zone code.
SELECT c.id, c.parcel_code AS "parcelCode", c.signed_at AS "signedAt", c.closed_at AS "closedAt",
  p.division_code::text AS "divisionCode", p.zone_code AS "zoneCode",
  coalesce((SELECT json_agg(json_build_object('key', i.key, 'comparator', i.comparator, 'value', i.value,
              'valueMax', i.value_max, 'textValue', i.text_value) ORDER BY i.key)
            FROM commitment_indicators i WHERE i.commitment_id = c.id), '[]'::json) AS committed,
  coalesce((SELECT json_agg(json_build_object('key', i.key, 'comparator', i.comparator, 'value', i.value,
              'valueMax', i.value_max, 'textValue', i.text_value) ORDER BY i.key)
            FROM parcel_indicators i WHERE i.parcel_id = p.id), '[]'::json) AS parcel
FROM commitments c
JOIN parcels p ON p.code = c.parcel_code
WHERE c.signed_at IS NOT NULL AND c.signed_at < $2::timestamptz
  AND (c.closed_at IS NULL OR c.closed_at >= $1::timestamptz)
  AND ($3::text IS NULL OR starts_with(p.division_code::text, $3::text))
  AND ($4::text IS NULL OR p.zone_code = $4::text)
ORDER BY c.id

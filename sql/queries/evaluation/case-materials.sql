-- Cases opened in [$1, $2) with every material their items were given: where it came from, and where
-- the government holds that type (material_types.source), with the parcel's and commitment's status. $3 division prefix, $4 zone code.
SELECT c.code AS "caseCode", c.created_at AS "openedAt", p.division_code::text AS "divisionCode", p.zone_code AS "zoneCode",
  p.status AS "parcelStatus", (SELECT k.status FROM commitments k WHERE k.id = c.commitment_id) AS "commitmentStatus",
  coalesce((SELECT json_agg(json_build_object('itemCode', ci.item_code, 'materialType', m.material_type,
              'heldSource', t.source, 'source', m.source) ORDER BY ci.seq, m.material_type)
            FROM case_items ci
            JOIN case_item_materials m ON m.case_item_id = ci.id
            JOIN material_types t ON t.code = m.material_type
            WHERE ci.case_code = c.code), '[]'::json) AS attachments
FROM cases c
JOIN parcels p ON p.code = c.parcel_code
WHERE c.created_at >= $1::timestamptz AND c.created_at < $2::timestamptz
  AND ($3::text IS NULL OR starts_with(p.division_code::text, $3::text))
  AND ($4::text IS NULL OR p.zone_code = $4::text)
ORDER BY c.code

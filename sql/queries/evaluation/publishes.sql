-- Parcels published in [$1, $2) after a review approval, still published. $3 division prefix, $4 zone code.
SELECT p.code, p.name, p.approved_at AS "approvedAt", p.published_at AS "publishedAt",
  p.division_code::text AS "divisionCode", p.zone_code AS "zoneCode"
FROM parcels p
WHERE p.workflow_state = 'published' AND p.approved_at IS NOT NULL
  AND p.published_at >= $1::timestamptz AND p.published_at < $2::timestamptz
  AND ($3::text IS NULL OR starts_with(p.division_code::text, $3::text))
  AND ($4::text IS NULL OR p.zone_code = $4::text)
ORDER BY p.code

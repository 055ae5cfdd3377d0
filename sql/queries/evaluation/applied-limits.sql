-- The limits each case item was opened with, for cases opened in [$1, $2), with the case's channel.
-- $3 division prefix, $4 zone code.
SELECT ci.item_code AS "itemCode", c.code AS "caseCode", c.origin_channel AS channel, c.created_at AS "openedAt",
  ci.legal_limit_days AS "legalLimitDays", ci.committed_limit_days AS "committedLimitDays",
  p.division_code::text AS "divisionCode", p.zone_code AS "zoneCode"
FROM case_items ci
JOIN cases c ON c.code = ci.case_code
JOIN parcels p ON p.code = c.parcel_code
WHERE c.created_at >= $1::timestamptz AND c.created_at < $2::timestamptz
  AND ($3::text IS NULL OR starts_with(p.division_code::text, $3::text))
  AND ($4::text IS NULL OR p.zone_code = $4::text)
ORDER BY c.code, ci.seq

-- Credit records decided in [$1, $2) and when their outbox message reached the credit platform.
-- $3 division prefix, $4 zone code.
SELECT r.id, r.decided_at AS "decidedAt", o.delivered_at AS "deliveredAt",
  p.division_code::text AS "divisionCode", p.zone_code AS "zoneCode"
FROM credit_records r
JOIN parcels p ON p.code = r.parcel_code
LEFT JOIN outbox_messages o ON o.topic = 'credit-record' AND o.message_id = r.id
WHERE r.decided_at >= $1::timestamptz AND r.decided_at < $2::timestamptz
  AND ($3::text IS NULL OR starts_with(p.division_code::text, $3::text))
  AND ($4::text IS NULL OR p.zone_code = $4::text)
ORDER BY r.id

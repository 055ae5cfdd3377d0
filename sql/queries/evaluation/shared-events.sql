-- Item status changes that happened in [$1, $2), with when they were written to the shared case record.
-- $3 division prefix, $4 zone code.
SELECT e.id::int AS id, e.case_code AS "caseCode", ci.item_code AS "itemCode", e.channel,
  e.occurred_at AS "occurredAt", e.recorded_at AS "recordedAt",
  p.division_code::text AS "divisionCode", p.zone_code AS "zoneCode"
FROM case_events e
JOIN case_items ci ON ci.id = e.case_item_id
JOIN cases c ON c.code = e.case_code
JOIN parcels p ON p.code = c.parcel_code
WHERE e.kind = 'transition' AND e.occurred_at >= $1::timestamptz AND e.occurred_at < $2::timestamptz
  AND ($3::text IS NULL OR starts_with(p.division_code::text, $3::text))
  AND ($4::text IS NULL OR p.zone_code = $4::text)
ORDER BY e.id

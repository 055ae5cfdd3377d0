-- Cases with an item status change in [$1, $2): every transition they have had (all channels, oldest
-- first) and each item's status now. $3 division prefix, $4 zone code.
SELECT c.code AS "caseCode", p.division_code::text AS "divisionCode", p.zone_code AS "zoneCode",
  (SELECT json_object_agg(ci.id::text, ci.status) FROM case_items ci WHERE ci.case_code = c.code) AS "currentStatus",
  (SELECT json_agg(json_build_object('id', e.id, 'itemId', e.case_item_id, 'itemCode', ci.item_code, 'channel', e.channel,
            'fromStatus', e.from_status, 'toStatus', e.to_status, 'occurredAt', e.occurred_at) ORDER BY e.occurred_at, e.id)
   FROM case_events e JOIN case_items ci ON ci.id = e.case_item_id
   WHERE e.case_code = c.code AND e.kind = 'transition') AS transitions
FROM cases c
JOIN parcels p ON p.code = c.parcel_code
WHERE EXISTS (SELECT 1 FROM case_events e WHERE e.case_code = c.code AND e.kind = 'transition'
              AND e.occurred_at >= $1::timestamptz AND e.occurred_at < $2::timestamptz)
  AND ($3::text IS NULL OR starts_with(p.division_code::text, $3::text))
  AND ($4::text IS NULL OR p.zone_code = $4::text)
ORDER BY c.code

-- Case items completed between $1 and $2 (dates, inclusive) or accepted by $2 and not completed by it,
-- with their suspensions and, for a rejected or returned item, the day that happened.
-- $3 division prefix, $4 zone code.
SELECT ci.id::int AS id, ci.case_code AS "caseCode", ci.item_code AS "itemCode", a.name_zh AS "itemName",
  ci.committed_limit_days AS "committedLimitDays",
  to_char(ci.accepted_on, 'YYYY-MM-DD') AS "acceptedOn", to_char(ci.completed_on, 'YYYY-MM-DD') AS "completedOn",
  CASE WHEN ci.status IN ('rejected', 'returned') THEN
    (SELECT max(e.occurred_at) FROM case_events e WHERE e.case_item_id = ci.id AND e.kind = 'transition' AND e.to_status = ci.status)
  END AS "closedAt",
  coalesce((SELECT json_agg(json_build_object('from', to_char(s.from_on, 'YYYY-MM-DD'), 'to', to_char(s.to_on, 'YYYY-MM-DD')) ORDER BY s.from_on)
            FROM case_item_suspensions s WHERE s.case_item_id = ci.id), '[]'::json) AS suspensions,
  p.division_code::text AS "divisionCode", p.zone_code AS "zoneCode"
FROM case_items ci
JOIN cases c ON c.code = ci.case_code
JOIN parcels p ON p.code = c.parcel_code
JOIN approval_items a ON a.code = ci.item_code
WHERE ci.accepted_on IS NOT NULL AND ci.accepted_on <= $2::date
  AND (ci.completed_on IS NULL OR ci.completed_on >= $1::date)
  AND ($3::text IS NULL OR starts_with(p.division_code::text, $3::text))
  AND ($4::text IS NULL OR p.zone_code = $4::text)
ORDER BY ci.case_code, ci.seq

-- Suspensions of a case's items (closed and open). $1 case code.
SELECT s.id::int AS id, ci.item_code AS "itemCode", s.case_item_id::int AS "caseItemId", s.from_on::text AS "from", s.to_on::text AS "to", s.reason
FROM case_item_suspensions s
JOIN case_items ci ON ci.id = s.case_item_id
WHERE ci.case_code = $1
ORDER BY s.from_on, s.id

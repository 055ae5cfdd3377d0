-- The applicant's evaluations of a case and its items. $1 case code.
SELECT ci.item_code AS "itemCode", v.score, v.comment, v.channel, v.evaluated_at AS "evaluatedAt"
FROM case_evaluations v
LEFT JOIN case_items ci ON ci.id = v.case_item_id
WHERE v.case_code = $1
ORDER BY v.evaluated_at, v.id

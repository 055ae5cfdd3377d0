-- Demo 好差评 (PlannedEvaluation). $1 evaluations.
INSERT INTO case_evaluations (case_code, case_item_id, score, comment, channel, evaluated_by, evaluated_at)
SELECT x."caseCode", ci.id, x.score, x.comment, x.channel, x."evaluatedBy", x."evaluatedAt"
FROM jsonb_to_recordset($1::jsonb) AS x("caseCode" text, "itemCode" text, score int, comment text, channel text, "evaluatedBy" text, "evaluatedAt" timestamptz)
LEFT JOIN case_items ci ON ci.case_code = x."caseCode" AND ci.item_code = x."itemCode"

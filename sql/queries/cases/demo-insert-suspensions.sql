-- Demo suspensions (PlannedSuspension). $1 suspensions.
INSERT INTO case_item_suspensions (case_item_id, from_on, to_on, reason, started_by, ended_by)
SELECT ci.id, x."from", x."to", x.reason, x."startedBy", x."endedBy"
FROM jsonb_to_recordset($1::jsonb) AS x("caseCode" text, "itemCode" text, "from" date, "to" date, reason text, "startedBy" text, "endedBy" text)
JOIN case_items ci ON ci.case_code = x."caseCode" AND ci.item_code = x."itemCode"

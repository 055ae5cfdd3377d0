-- Demo case items (PlannedItem). $1 items.
INSERT INTO case_items (case_code, item_code, seq, status, legal_limit_days, committed_limit_days, submitted_at, accepted_at, accepted_on,
  due_on, completed_at, completed_on, suspended_since, suspended_workdays, supplement_due_on, deficiency_materials, reason, result_document_no)
SELECT x."caseCode", x."itemCode", x.seq, x.status, x."legalLimitDays", x."committedLimitDays", x."submittedAt", x."acceptedAt", x."acceptedOn",
       x."dueOn", x."completedAt", x."completedOn", x."suspendedSince", x."suspendedWorkdays", x."supplementDueOn",
       ARRAY(SELECT jsonb_array_elements_text(x."deficiencyMaterials")), x.reason, x."resultDocumentNo"
FROM jsonb_to_recordset($1::jsonb) AS x("caseCode" text, "itemCode" text, seq int, status text, "legalLimitDays" int, "committedLimitDays" int,
  "submittedAt" timestamptz, "acceptedAt" timestamptz, "acceptedOn" date, "dueOn" date, "completedAt" timestamptz, "completedOn" date,
  "suspendedSince" date, "suspendedWorkdays" int, "supplementDueOn" date, "deficiencyMaterials" jsonb, reason text, "resultDocumentNo" text)

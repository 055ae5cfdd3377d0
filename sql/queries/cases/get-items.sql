-- A case's items with their catalog entries, in order. $1 case code.
SELECT ci.id::int AS id, ci.item_code AS "itemCode", ci.seq, ci.status,
       a.name_zh AS "nameZh", a.name_en AS "nameEn", a.department_zh AS "departmentZh", a.department_en AS "departmentEn",
       a.stage, a.service_kind AS "serviceKind", a.deficiency_allowed AS "deficiencyAllowed", a.channels,
       a.fee_yuan::float8 AS "feeYuan", a.result_zh AS "resultZh",
       ci.legal_limit_days AS "legalLimitDays", ci.committed_limit_days AS "committedLimitDays",
       ci.submitted_at AS "submittedAt", ci.accepted_at AS "acceptedAt", ci.accepted_on::text AS "acceptedOn",
       ci.due_on::text AS "dueOn", ci.completed_at AS "completedAt", ci.completed_on::text AS "completedOn",
       ci.suspended_since::text AS "suspendedSince", ci.supplement_due_on::text AS "supplementDueOn",
       ci.deficiency_materials AS "deficiencyMaterials", ci.reason, ci.result_document_no AS "resultDocumentNo"
FROM case_items ci
JOIN approval_items a ON a.code = ci.item_code
WHERE ci.case_code = $1
ORDER BY ci.seq

-- The item's stored state, for a transition to carry over what it does not change. $1 item id.
SELECT status, submitted_at AS "submittedAt", accepted_at AS "acceptedAt", accepted_on::text AS "acceptedOn",
       due_on::text AS "dueOn", completed_at AS "completedAt", completed_on::text AS "completedOn",
       supplement_due_on::text AS "supplementDueOn", deficiency_materials AS "deficiencyMaterials", reason,
       result_document_no AS "resultDocumentNo"
FROM case_items WHERE id = $1

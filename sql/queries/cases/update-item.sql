-- Applies a transition's outcome to an item. $1 item id, $2 status, $3 submitted at, $4 accepted at,
-- $5 accepted on, $6 due on, $7 completed at, $8 completed on, $9 supplement due on,
-- $10 deficiency materials, $11 reason, $12 result document number.
UPDATE case_items
SET status = $2,
    submitted_at = $3,
    accepted_at = $4,
    accepted_on = $5::date,
    due_on = $6::date,
    completed_at = $7,
    completed_on = $8::date,
    supplement_due_on = $9::date,
    deficiency_materials = $10::text[],
    reason = $11,
    result_document_no = $12
WHERE id = $1

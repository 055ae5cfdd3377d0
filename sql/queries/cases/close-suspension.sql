-- Ends the open suspension on $2 (included). $1 item id, $3 by, $4 new due date, $5 suspended working days in total.
WITH s AS (
  UPDATE case_item_suspensions SET to_on = $2::date, ended_by = $3 WHERE case_item_id = $1 AND to_on IS NULL RETURNING case_item_id
)
UPDATE case_items SET suspended_since = NULL, due_on = $4::date, suspended_workdays = $5
WHERE id = (SELECT case_item_id FROM s)

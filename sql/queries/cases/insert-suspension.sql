-- Starts a suspension. $1 item id, $2 from, $3 reason, $4 by.
WITH s AS (
  INSERT INTO case_item_suspensions (case_item_id, from_on, reason, started_by) VALUES ($1, $2::date, $3, $4) RETURNING case_item_id
)
UPDATE case_items SET suspended_since = $2::date WHERE id = (SELECT case_item_id FROM s)

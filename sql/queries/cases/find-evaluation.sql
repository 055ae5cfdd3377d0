-- Whether the case ($1), or one of its items ($2 item id, NULL for the case itself), was evaluated.
SELECT id::int AS id FROM case_evaluations
WHERE case_code = $1 AND (($2::bigint IS NULL AND case_item_id IS NULL) OR case_item_id = $2::bigint)

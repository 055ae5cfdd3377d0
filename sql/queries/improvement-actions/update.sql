-- Reports progress on an action. $1 id, $2 status, $3 measures, $4 owner, $5 deadline.
UPDATE improvement_actions SET
  status = $2, measures = $3, owner = $4, deadline = $5::date,
  done_at = CASE WHEN $2 = 'done' THEN coalesce(done_at, now()) ELSE NULL END,
  version = version + 1, updated_at = now()
WHERE id = $1::bigint
RETURNING version

-- Closes a question (the asker is satisfied, or withdrew it before an answer). $1 id.
UPDATE policy_consultations SET status = 'closed', closed_at = now(), version = version + 1
WHERE id = $1::bigint
RETURNING version

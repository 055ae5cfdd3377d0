-- Answers (or corrects the answer to) a question. $1 id, $2 answer, $3 by, $4 channel, $5 public.
UPDATE policy_consultations SET
  status = 'answered', answer = $2, answered_by = $3, answered_channel = $4, answered_at = now(), public = $5::boolean,
  version = version + 1
WHERE id = $1::bigint
RETURNING version

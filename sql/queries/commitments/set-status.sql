-- One statement for every status move; the timestamps record when each milestone was first reached.
UPDATE commitments SET
  status = $2,
  signature = COALESCE($3::jsonb, signature),
  terminated_reason = COALESCE($4, terminated_reason),
  version = version + 1,
  updated_at = now(),
  signed_at = CASE WHEN $2 = 'signed' THEN now() ELSE signed_at END,
  in_force_at = CASE WHEN $2 = 'in_force' THEN now() ELSE in_force_at END,
  closed_at = CASE WHEN $2 IN ('fulfilled', 'breached', 'terminated') THEN now() ELSE closed_at END
WHERE id = $1
RETURNING version, status

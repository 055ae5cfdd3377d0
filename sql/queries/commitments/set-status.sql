-- One statement for every status move; $5 is when it happened (the service's clock).
UPDATE commitments SET
  status = $2,
  signature = COALESCE($3::jsonb, signature),
  terminated_reason = COALESCE($4, terminated_reason),
  version = version + 1,
  updated_at = $5,
  signed_at = CASE WHEN $2 = 'signed' THEN $5 ELSE signed_at END,
  in_force_at = CASE WHEN $2 = 'in_force' THEN $5 ELSE in_force_at END,
  closed_at = CASE WHEN $2 IN ('fulfilled', 'breached', 'terminated') THEN $5 ELSE closed_at END
WHERE id = $1
RETURNING version, status

-- Moves a parcel through the review workflow. $1 code, $2 new state, $3 comment (reject/withdraw reason).
-- Publishing a reserve parcel also moves its lifecycle to 已发布.
UPDATE parcels SET
  workflow_state = $2,
  review_comment = CASE WHEN $2 IN ('rejected', 'approved') THEN $3 ELSE review_comment END,
  withdrawn_reason = CASE WHEN $2 = 'withdrawn' THEN $3 ELSE withdrawn_reason END,
  submitted_at = CASE WHEN $2 = 'submitted' THEN now() ELSE submitted_at END,
  approved_at = CASE WHEN $2 = 'approved' THEN now() ELSE approved_at END,
  published_at = CASE WHEN $2 = 'published' THEN now() ELSE published_at END,
  status = CASE WHEN $2 = 'published' AND status = 'reserve' THEN 'published' ELSE status END,
  version = version + 1,
  updated_at = now()
WHERE code = $1
RETURNING version

-- Locks a previewed import for its commit, so two commits of the same upload cannot both run. $1 id.
SELECT id, created_by AS "createdBy", features, state FROM imports WHERE id = $1 FOR UPDATE

-- A verification that does not move the status still changes the letter: bump its version.
UPDATE commitments SET version = version + 1, updated_at = now() WHERE id = $1 RETURNING version

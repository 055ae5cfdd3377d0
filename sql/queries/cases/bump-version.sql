-- Every change to a case or its items bumps the case's version. $1 case code, $2 at.
UPDATE cases SET version = version + 1, updated_at = $2 WHERE code = $1 RETURNING version

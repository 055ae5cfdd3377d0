-- $2 = failures that lock the account, $3 = lock end, $4 = now. Locking restarts the count, so the
-- account gets $2 fresh attempts once the lock has passed. No row comes back while it is locked.
UPDATE users
SET failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END,
    locked_until = CASE WHEN failed_logins + 1 >= $2 THEN $3::timestamptz ELSE NULL END
WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $4::timestamptz)
RETURNING failed_logins AS "failedLogins", locked_until AS "lockedUntil"

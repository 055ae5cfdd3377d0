SELECT id, username, role, display_name AS "displayName", uscc, password_hash AS "passwordHash",
       failed_logins AS "failedLogins", locked_until AS "lockedUntil"
FROM users
WHERE username = $1

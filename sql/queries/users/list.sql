SELECT username, role, display_name AS "displayName", uscc, created_at AS "createdAt",
       last_login_at AS "lastLoginAt", locked_until AS "lockedUntil"
FROM users
ORDER BY username

SELECT s.id_hash AS "idHash", s.created_at AS "createdAt", s.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt",
       s.csrf_token AS "csrfToken", u.id AS "userId", u.username, u.role, u.display_name AS "displayName", u.uscc
FROM sessions s
JOIN users u ON u.id = s.user_id
WHERE s.id_hash = $1

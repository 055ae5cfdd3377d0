-- An account that may be assigned cases. $1 username.
SELECT username, display_name AS "displayName" FROM users WHERE username = $1 AND role IN ('agent', 'admin')

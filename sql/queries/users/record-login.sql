UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = $2::timestamptz WHERE id = $1

UPDATE imports SET state = 'committed', committed_at = now() WHERE id = $1

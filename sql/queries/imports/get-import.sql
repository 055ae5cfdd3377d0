SELECT id, created_at AS "createdAt", created_by AS "createdBy", file_name AS "fileName", detected, features, preview,
       state, committed_at AS "committedAt"
FROM imports WHERE id = $1

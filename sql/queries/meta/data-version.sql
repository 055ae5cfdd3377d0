SELECT version, changed_at AS "changedAt" FROM data_version WHERE id = 1

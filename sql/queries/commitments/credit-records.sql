SELECT id, kind, indicator_key AS "indicatorKey", committed_value AS "committedValue", actual_value AS "actualValue",
  margin, reason, decided_at AS "decidedAt"
FROM credit_records
WHERE commitment_id = $1
ORDER BY decided_at, id

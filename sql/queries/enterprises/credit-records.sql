SELECT id, kind, commitment_id AS "commitmentId", parcel_code AS "parcelCode", indicator_key AS "indicatorKey",
  committed_value AS "committedValue", actual_value AS "actualValue", margin, reason, decided_at AS "decidedAt"
FROM credit_records
WHERE uscc = $1
ORDER BY decided_at DESC, id DESC

SELECT id, stage, attempt, passed, results, figures, site_plan AS "sitePlan", check_report AS "checkReport", note,
  rectify_by::text AS "rectifyBy", verified_by AS "verifiedBy", verified_at AS "verifiedAt"
FROM commitment_verifications
WHERE commitment_id = $1
ORDER BY verified_at, id

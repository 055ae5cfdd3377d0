INSERT INTO commitment_verifications (commitment_id, stage, attempt, passed, results, figures, site_plan, check_report, note, rectify_by, verified_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
RETURNING id

-- $1 case, $2 item id (NULL for the case), $3 score, $4 comment, $5 channel, $6 by, $7 at.
INSERT INTO case_evaluations (case_code, case_item_id, score, comment, channel, evaluated_by, evaluated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7)

-- The project code the filing item (项目备案) produced, for a case opened before filing. $1 case, $2 code.
UPDATE cases SET project_code = $2 WHERE code = $1 AND project_code IS NULL

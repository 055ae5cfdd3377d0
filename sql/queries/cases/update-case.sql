-- Staff edits of a case's assignment and contact; NULL keeps a value ($5 true clears the agent).
-- $1 case, $2 assigned agent, $3 contact name, $4 contact phone, $5 clear agent.
UPDATE cases
SET assigned_agent = CASE WHEN $5::boolean THEN NULL ELSE COALESCE($2, assigned_agent) END,
    contact_name = COALESCE($3, contact_name),
    contact_phone = COALESCE($4, contact_phone)
WHERE code = $1
RETURNING assigned_agent AS "assignedAgent", contact_name AS "contactName", contact_phone AS "contactPhone"

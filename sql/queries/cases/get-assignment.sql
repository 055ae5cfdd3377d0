-- The fields a staff PATCH may change. $1 case code.
SELECT assigned_agent AS "assignedAgent", contact_name AS "contactName", contact_phone AS "contactPhone" FROM cases WHERE code = $1

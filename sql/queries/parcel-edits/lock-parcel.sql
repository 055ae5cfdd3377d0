-- The parcel row an edit or workflow action works on, locked for the transaction. $1 code.
SELECT id, code, version, status, workflow_state AS "workflowState", land_use_code AS "landUseCode"
FROM parcels WHERE code = $1 FOR UPDATE

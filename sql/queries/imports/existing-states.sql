SELECT code, workflow_state AS "workflowState" FROM parcels WHERE code = ANY ($1::text[])

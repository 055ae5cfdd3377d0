UPDATE parcels SET version = version + 1, workflow_state = 'draft', updated_at = now() WHERE code = ANY ($1::text[])

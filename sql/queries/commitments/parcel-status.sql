SELECT status FROM parcels WHERE code = $1 FOR UPDATE

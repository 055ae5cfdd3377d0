SELECT pg_advisory_xact_lock(hashtext('standard-land-atlas:parcel-geometry'))

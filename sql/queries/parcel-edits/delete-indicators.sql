DELETE FROM parcel_indicators i USING parcels p WHERE i.parcel_id = p.id AND p.code = $1

SELECT key FROM parcel_indicators WHERE parcel_id = $1

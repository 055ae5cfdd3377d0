INSERT INTO commitment_indicators (commitment_id, key, comparator, value, value_max, text_value, unit,
  parcel_value, parcel_value_max, parcel_text_value, stage)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)

SELECT key, comparator, value, value_max AS "valueMax", text_value AS "textValue", unit,
  parcel_value AS "parcelValue", parcel_value_max AS "parcelValueMax", parcel_text_value AS "parcelTextValue", stage
FROM commitment_indicators
WHERE commitment_id = $1

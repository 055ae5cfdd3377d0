SELECT id, parcel_code AS "parcelCode", uscc, status, version, document, signature, authority_id AS "authorityId",
  authority_name AS "authorityName"
FROM commitments
WHERE id = $1
FOR UPDATE

SELECT uscc, name, legal_representative AS "legalRepresentative", contact_name AS "contactName",
  contact_phone AS "contactPhone", address, created_at AS "createdAt", updated_at AS "updatedAt"
FROM enterprises
WHERE uscc = $1

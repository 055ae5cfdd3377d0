-- Re-registering an enterprise updates its contact details; the code itself never changes.
INSERT INTO enterprises (uscc, name, legal_representative, contact_name, contact_phone, address)
VALUES ($1, $2, $3, $4, $5, $6)
ON CONFLICT (uscc) DO UPDATE SET
  name = EXCLUDED.name,
  legal_representative = EXCLUDED.legal_representative,
  contact_name = EXCLUDED.contact_name,
  contact_phone = EXCLUDED.contact_phone,
  address = EXCLUDED.address,
  updated_at = now()
WHERE (enterprises.name, enterprises.legal_representative, enterprises.contact_name, enterprises.contact_phone, enterprises.address)
  IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.legal_representative, EXCLUDED.contact_name, EXCLUDED.contact_phone, EXCLUDED.address)

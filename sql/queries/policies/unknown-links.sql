-- Which of the given zone codes ($1) and parcel codes ($2) do not exist.
SELECT 'zone' AS kind, c AS code FROM unnest($1::text[]) AS c WHERE NOT EXISTS (SELECT 1 FROM zones z WHERE z.code = c)
UNION ALL
SELECT 'parcel', c FROM unnest($2::text[]) AS c WHERE NOT EXISTS (SELECT 1 FROM parcels p WHERE p.code = c)

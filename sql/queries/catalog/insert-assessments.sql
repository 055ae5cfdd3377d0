-- Inserts regional assessments, each bound to a zone (zoneCode) or a parcel (parcelCode). $1 records.
INSERT INTO regional_assessments (zone_code, parcel_id, type, conclusion, document_no, issued_on, valid_until, implication_zh)
SELECT a ->> 'zoneCode',
       (SELECT p.id FROM parcels p WHERE p.code = a ->> 'parcelCode'),
       a ->> 'type',
       a ->> 'conclusion',
       a ->> 'documentNo',
       (a ->> 'issuedOn')::date,
       (a ->> 'validUntil')::date,
       COALESCE(a ->> 'implicationZh', '')
FROM jsonb_array_elements($1::jsonb) AS a

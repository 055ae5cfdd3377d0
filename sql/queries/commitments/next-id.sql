-- $1 when the letter is written: its year is part of the id.
SELECT 'CL' || to_char($1::timestamptz AT TIME ZONE 'Asia/Shanghai', 'YYYY') || lpad(nextval('commitment_serial')::text, 6, '0') AS id

SELECT 'CL' || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY') || lpad(nextval('commitment_serial')::text, 6, '0') AS id

SELECT 'CR' || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY') || lpad(nextval('credit_record_serial')::text, 6, '0') AS id

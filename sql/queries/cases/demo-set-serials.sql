-- Case serials continue after the demo's. $1 [{divisionCode, year, serial}].
INSERT INTO case_serials (division_code, year, last_serial)
SELECT x."divisionCode", x.year, max(x.serial)
FROM jsonb_to_recordset($1::jsonb) AS x("divisionCode" text, year int, serial int)
GROUP BY x."divisionCode", x.year
ON CONFLICT (division_code, year) DO UPDATE SET last_serial = GREATEST(case_serials.last_serial, EXCLUDED.last_serial)

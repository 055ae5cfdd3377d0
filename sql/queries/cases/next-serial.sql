-- Allocates the next case serial for a division and year; the row lock serialises concurrent openings.
-- $1 division code, $2 year.
INSERT INTO case_serials (division_code, year, last_serial)
VALUES ($1, $2, 1)
ON CONFLICT (division_code, year) DO UPDATE SET last_serial = case_serials.last_serial + 1
RETURNING last_serial AS serial

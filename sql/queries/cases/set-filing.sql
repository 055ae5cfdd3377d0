-- Stores the investment platform's answer about the case's project code. $1 case, $2 status, $3 at, $4 detail (json).
UPDATE cases SET filing_status = $2, filing_checked_at = $3, filing_detail = $4::jsonb WHERE code = $1

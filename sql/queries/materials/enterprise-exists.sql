-- $1 USCC.
SELECT 1 AS found FROM enterprises WHERE uscc = $1

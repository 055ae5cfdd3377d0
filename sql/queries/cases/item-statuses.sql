-- The status of every item of a case. $1 case code.
SELECT item_code AS "itemCode", status FROM case_items WHERE case_code = $1 ORDER BY seq

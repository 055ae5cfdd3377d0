-- The approval item catalog (province-wide) with the guide fields the completeness metric checks.
SELECT a.code, a.name_zh AS "nameZh", a.department_zh AS "departmentZh", a.legal_basis AS "legalBasis",
  a.result_zh AS "resultZh", a.fee_note_zh AS "feeNoteZh", a.legal_limit_days AS "legalLimitDays",
  a.committed_limit_days AS "committedLimitDays", a.channels,
  (SELECT count(*)::int FROM approval_item_materials m WHERE m.item_code = a.code) AS "materialCount"
FROM approval_items a
ORDER BY a.sort_order, a.code

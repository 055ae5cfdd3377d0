-- $1 material type code.
SELECT code, name_zh AS "nameZh", source FROM material_types WHERE code = $1

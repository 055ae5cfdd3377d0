-- The enterprise's material of a type, created on first upload. The row lock it takes (also on
-- conflict) makes concurrent uploads of one material take turns, so versions never collide.
-- $1 USCC, $2 material type.
INSERT INTO materials (uscc, type_code) VALUES ($1, $2)
ON CONFLICT (uscc, type_code) DO UPDATE SET type_code = EXCLUDED.type_code
RETURNING id::int AS id

DELETE FROM constraint_layers WHERE id = $1 RETURNING id

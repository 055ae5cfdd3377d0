-- $1 kind, $2 name, $3 who.
INSERT INTO constraint_layers (kind, name, created_by) VALUES ($1, $2, $3) RETURNING id

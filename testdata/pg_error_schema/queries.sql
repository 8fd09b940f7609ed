-- name: ListPets :many
SELECT id FROM pets;

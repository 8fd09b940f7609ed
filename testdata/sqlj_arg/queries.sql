-- name: RenameAuthor :execrows
UPDATE authors SET name = sqlj.arg(new_name), bio = sqlj.narg(new_bio) WHERE id = sqlj.arg(author_id);

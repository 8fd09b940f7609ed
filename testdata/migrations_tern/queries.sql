-- name: GetAuthor :one
select id, name, bio from authors where id = $1;;

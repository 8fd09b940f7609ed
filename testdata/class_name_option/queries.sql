-- name: CountReviews :one
SELECT count(*) FROM reviews;

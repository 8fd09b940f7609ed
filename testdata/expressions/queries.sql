-- name: AuthorExpressions :many
SELECT id,
       name || ' (' || coalesce(bio, 'no bio') || ')' AS label,
       coalesce(born_year, 0) AS year_or_zero,
       CAST(born_year AS TEXT) AS year_text,
       CASE WHEN born_year IS NULL THEN 'unknown' ELSE 'known' END AS year_state,
       length(name) AS name_length,
       born_year IS NOT NULL AS has_year
FROM authors
ORDER BY id;

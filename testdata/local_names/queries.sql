-- name: InsertClash :execlastid
INSERT INTO clash (conn, ps, rs, java, "each", rows, params, result)
VALUES (@conn, @ps, @rs, @java, @each, @rows, @params, @result);

-- name: FindClash :one
SELECT id, conn, ps, rs, java, "each", rows, params, result FROM clash
WHERE conn = @conn AND rs = @rs AND java = @java;

-- name: ClashesIn :many
SELECT id FROM clash WHERE id IN (sqlj.slice(sql)) AND conn = @conn ORDER BY id;

-- name: FilterClashes :many
SELECT id FROM clash
WHERE sqlj.optional(conn = @conn) AND sqlj.optional(id IN (sqlj.slice(sql)))
ORDER BY sqlj.sort(@sort, rs DESC, id), id;

-- name: StreamClashes :iter
SELECT id, "each" FROM clash WHERE "each" = @each AND rs >= @rs ORDER BY id;

-- name: UpdateClashes :execrows
UPDATE clash SET result = @result WHERE conn = @conn AND ps = @ps;

-- name: DeleteClashes :execresult
DELETE FROM clash WHERE params = @params;

-- name: InsertClashes :batchexec
INSERT INTO clash (conn, rs, rows, result) VALUES (@conn, @rs, @rows, @result);

-- name: FindClashes :batchone
SELECT id, rows FROM clash WHERE conn = @conn AND rs = @rs;

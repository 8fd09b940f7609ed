-- name: AddShape :one
INSERT INTO shapes (pt, ln, seg, bx, pth, poly, circ, pts, bxs, paths, polys)
VALUES (@pt, @ln, @seg, @bx, @pth, @poly, @circ, @pts, @bxs, @paths, @polys)
RETURNING id;

-- name: GetShape :one
SELECT * FROM shapes WHERE id = @id;

-- name: ListShapes :many
SELECT * FROM shapes ORDER BY id;

-- name: CopyShapes :copyfrom
INSERT INTO shapes (pt, ln, seg, bx, pth, poly, circ, pts, bxs, paths, polys)
VALUES (@pt, @ln, @seg, @bx, @pth, @poly, @circ, @pts, @bxs, @paths, @polys);

-- name: ShapesAt :many
SELECT id FROM shapes WHERE pt ~= @pt ORDER BY id;

-- name: ShapesWithin :many
SELECT id, pt FROM shapes WHERE pt <@ @area::box ORDER BY id;

-- name: Center :one
SELECT center(@b::box) AS c;

-- name: AdvisoryLock :one
SELECT pg_advisory_lock(@key);

-- name: AdvisoryUnlockAll :exec
SELECT pg_advisory_unlock_all();

-- name: Touch :many
SELECT touch(n) FROM generate_series(1, @n::int4) AS n;

-- name: TouchOne :exec
SELECT touch(@n);

-- name: TouchRow :one
SELECT touch(@n) AS done, @n::int4 + 1 AS next;

-- name: CountTouches :one
SELECT count(*) FROM touches;

-- name: CopyEvents :copyfrom
INSERT INTO events (id, note, tags, payload, counts, grid, feeling, feelings, item, items, at, amount, doc, span)
VALUES (@id, @note, @tags, @payload, @counts, @grid, @feeling, @feelings, @item, @items, @at, @amount, @doc, @span);

-- name: InsertEvents :batchexec
INSERT INTO events (id, note, tags, payload, counts, grid, feeling, feelings, item, items, at, amount, doc, span)
VALUES (@id, @note, @tags, @payload, @counts, @grid, @feeling, @feelings, @item, @items, @at, @amount, @doc, @span);

-- name: ListEvents :many
SELECT * FROM events WHERE id >= @lo AND id < @hi ORDER BY id;

-- name: ItemOf :one
SELECT item FROM events WHERE id = @id;

-- name: EventsWithItem :many
SELECT id FROM events WHERE item = @item ORDER BY id;

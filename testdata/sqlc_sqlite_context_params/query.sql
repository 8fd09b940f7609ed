-- name: ArchivedNotes :many
SELECT id FROM notes
WHERE (@archived AND archived_at IS NOT NULL) OR (NOT @archived AND archived_at IS NULL)
ORDER BY id;

-- name: NotesContaining :many
SELECT id, INSTR(title, @needle) AS at FROM notes
WHERE INSTR(@haystack, title) > 0 OR lower(title) = lower(@lowered)
ORDER BY id;

-- name: TitlePrefixes :many
SELECT id, substr(@prefix || title, 1, @n) AS head FROM notes ORDER BY id LIMIT @lim OFFSET @off;

-- name: BodyOr :many
SELECT id, coalesce(@fallback, body) AS text FROM notes ORDER BY id;

-- name: Scored :many
SELECT id, round(@factor * score, @digits) AS scaled, abs(@delta) AS distance, length(@word) AS letters
FROM notes ORDER BY id;

-- name: ArchivedSince :many
SELECT id FROM notes WHERE archived_at >= datetime(@since) ORDER BY id;

-- name: CastTitle :many
SELECT id FROM notes WHERE title = CAST(@code AS TEXT) ORDER BY id;

-- name: NotesByOptionalTitle :many
SELECT id FROM notes WHERE @title IS NULL OR title = @title ORDER BY id;

-- name: EchoAnything :one
SELECT id, typeof(@anything) AS kind FROM notes WHERE @anything IS NOT NULL AND id = @id;

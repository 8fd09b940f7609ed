-- Repeatable: runs after every versioned migration, so "handle" exists.
CREATE VIEW author_handles AS SELECT id, handle FROM authors WHERE handle IS NOT NULL;

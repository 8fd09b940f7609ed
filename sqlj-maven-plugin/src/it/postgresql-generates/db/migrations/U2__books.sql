-- Flyway undo: left out by sqlj.
DROP TABLE books;

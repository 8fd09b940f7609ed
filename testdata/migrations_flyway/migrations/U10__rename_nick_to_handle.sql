-- Flyway undo script: sqlj leaves it out.
ALTER TABLE authors RENAME COLUMN handle TO nick;

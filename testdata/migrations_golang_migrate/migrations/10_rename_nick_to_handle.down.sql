ALTER TABLE authors RENAME COLUMN handle TO nick;

-- Runs after 2_ (numeric order), although "10_" sorts before "2_" by name.
ALTER TABLE authors RENAME COLUMN nick TO handle;

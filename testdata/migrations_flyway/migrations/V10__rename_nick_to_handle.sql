-- Runs after V2 (numeric order), although "V10" sorts before "V2" by name.
ALTER TABLE authors RENAME COLUMN nick TO handle;

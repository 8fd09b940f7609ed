SELECT id, name FROM authors;

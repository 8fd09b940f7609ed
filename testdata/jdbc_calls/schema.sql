-- The JDBC call sequence of each command, compared with hand-written JDBC (sqlj-it JdbcCallsTest).
CREATE TABLE users (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL,
  email TEXT,
  score INTEGER NOT NULL
);

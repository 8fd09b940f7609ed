CREATE TYPE mood AS ENUM ('happy', 'sad');

CREATE TABLE pets (
  id    uuid PRIMARY KEY,
  mood  moood NOT NULL
);

CREATE TYPE mood AS ENUM ('calm', 'curious');

CREATE TABLE authors (
  id      uuid PRIMARY KEY,
  name    text NOT NULL,
  mood    mood NOT NULL,
  joined  timestamptz NOT NULL DEFAULT now()
);

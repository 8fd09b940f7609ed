CREATE TABLE authors (
  id   BIGSERIAL PRIMARY KEY,
  name boolean      NOT NULL,
  bio  text
);

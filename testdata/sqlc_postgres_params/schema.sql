CREATE TABLE docs (
  id   bigserial PRIMARY KEY,
  body jsonb NOT NULL,
  tag  text
);

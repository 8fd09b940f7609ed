-- +goose Up
CREATE TABLE authors (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name       text NOT NULL,
  bio        text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE books (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  author_id    uuid NOT NULL REFERENCES authors (id),
  title        text NOT NULL,
  price        numeric(8, 2) NOT NULL,
  tags         text[] NOT NULL DEFAULT '{}',
  published_on date
);

-- +goose Down
DROP TABLE books;
DROP TABLE authors;

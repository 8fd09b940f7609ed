CREATE TABLE ${Prefix}books (
  id bigserial PRIMARY KEY,
  author_id bigint NOT NULL REFERENCES authors (id),
  title text NOT NULL
);
COMMENT ON TABLE ${prefix}books IS 'made by ${flyway:filename}';

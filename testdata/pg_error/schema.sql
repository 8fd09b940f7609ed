CREATE TYPE mood AS ENUM ('happy', 'so-so', 'sad');
CREATE DOMAIN short_text AS varchar(40);

CREATE TABLE everything (
  id          serial PRIMARY KEY,
  key         uuid NOT NULL DEFAULT gen_random_uuid(),
  small       int2 NOT NULL,
  big         int8 NOT NULL,
  f4          float4 NOT NULL,
  f8          float8 NOT NULL,
  amount      numeric(12, 2) NOT NULL,
  flag        bool NOT NULL,
  label       short_text NOT NULL,
  code        char(3) NOT NULL,
  data        bytea NOT NULL,
  day         date NOT NULL,
  at_time     time NOT NULL,
  at_local    timestamp NOT NULL,
  at_zoned    timestamptz NOT NULL,
  doc         jsonb NOT NULL,
  doc_plain   json NOT NULL,
  feeling     mood NOT NULL,
  tags        text[] NOT NULL,
  scores      int4[] NOT NULL,
  maybe_key   uuid,
  maybe_small int2,
  maybe_big   int8,
  maybe_f8    float8,
  maybe_amount numeric,
  maybe_flag  bool,
  maybe_text  text,
  maybe_data  bytea,
  maybe_day   date,
  maybe_zoned timestamptz,
  maybe_doc   jsonb,
  maybe_feeling mood,
  maybe_tags  text[]
);

CREATE TABLE owners (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE pets (id uuid PRIMARY KEY, owner_id uuid REFERENCES owners (id), name text NOT NULL);

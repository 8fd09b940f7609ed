CREATE TABLE transfers (
  id         BIGSERIAL PRIMARY KEY,
  from_id    BIGINT NOT NULL REFERENCES accounts (id),
  to_id      BIGINT NOT NULL REFERENCES accounts (id),
  amount     BIGINT NOT NULL CHECK (amount > 0),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

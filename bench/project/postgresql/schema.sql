CREATE TABLE users (
  id     BIGSERIAL PRIMARY KEY,
  name   TEXT NOT NULL,
  email  TEXT,
  score  BIGINT NOT NULL
);

CREATE TABLE events (
  id       BIGSERIAL PRIMARY KEY,
  user_id  BIGINT NOT NULL,
  kind     TEXT NOT NULL,
  amount   BIGINT NOT NULL
);

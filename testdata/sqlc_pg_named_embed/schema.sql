CREATE TABLE users (
  id          bigserial PRIMARY KEY,
  name        text NOT NULL,
  manager_id  bigint REFERENCES users (id),
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE SCHEMA accounts;
CREATE TYPE accounts.state AS ENUM ('active', 'locked');

-- Same table name as public.users: sqlc names its model AccountsUser.
CREATE TABLE accounts.users (
  id       bigint PRIMARY KEY REFERENCES public.users (id),
  login    text NOT NULL,
  state    accounts.state NOT NULL DEFAULT 'active'
);

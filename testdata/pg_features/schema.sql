CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');

CREATE TABLE customers (
  id       bigserial PRIMARY KEY,
  email    text NOT NULL UNIQUE,
  name     text NOT NULL,
  tags     text[] NOT NULL DEFAULT '{}',
  joined   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orders (
  id          bigserial PRIMARY KEY,
  customer_id bigint REFERENCES customers (id),
  total_cents bigint NOT NULL,
  status      order_status NOT NULL DEFAULT 'pending',
  note        text
);

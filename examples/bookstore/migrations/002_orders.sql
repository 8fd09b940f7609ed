-- +goose Up
CREATE TYPE order_status AS ENUM ('cart', 'placed', 'shipped', 'cancelled');

CREATE TABLE orders (
  id        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  customer  text NOT NULL,
  status    order_status NOT NULL DEFAULT 'cart',
  details   jsonb,
  placed_at timestamptz
);

CREATE TABLE order_lines (
  order_id uuid NOT NULL REFERENCES orders (id),
  book_id  uuid NOT NULL REFERENCES books (id),
  quantity int NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (order_id, book_id)
);

-- +goose Down
DROP TABLE order_lines;
DROP TABLE orders;
DROP TYPE order_status;

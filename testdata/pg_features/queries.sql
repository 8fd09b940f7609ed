-- name: CreateCustomers :copyfrom
-- Many customers at once: COPY on PostgreSQL.
INSERT INTO customers (email, name, tags) VALUES ($1, $2, $3);

-- name: AddOrders :batchexec
INSERT INTO orders (customer_id, total_cents, status, note) VALUES ($1, $2, $3, $4);

-- name: GetCustomer :one
SELECT * FROM customers WHERE id = $1;

-- name: CustomersByIds :many
SELECT * FROM customers WHERE id = ANY(sqlj.slice(ids)) ORDER BY id;

-- name: OrdersByStatuses :many
SELECT * FROM orders WHERE status IN (sqlj.slice(statuses)) ORDER BY id;

-- name: OrdersWithCustomer :many
-- Every order with its customer, when it has one.
SELECT sqlj.embed(orders), sqlj.embed(customers)
FROM orders LEFT JOIN customers ON customers.id = orders.customer_id
ORDER BY orders.id;

-- name: CustomerTotals :many
SELECT sqlj.embed(c), sum(o.total_cents) AS total
FROM customers c JOIN orders o ON o.customer_id = c.id
GROUP BY c.id
ORDER BY c.id;

-- name: SetStatus :execrows
UPDATE orders SET status = @status WHERE id = @id;

-- name: FindByEmail :one
SELECT id, name FROM customers WHERE email = @email;

-- name: CustomerIdsByEmails :many
SELECT id FROM customers WHERE email IN (sqlj.slice(emails)) ORDER BY id;

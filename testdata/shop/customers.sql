-- name: CreateCustomers :copyfrom
-- Loads many customers at once: COPY on PostgreSQL, a batched insert elsewhere.
INSERT INTO customers (email, full_name, nickname) VALUES (?, ?, ?);

-- name: GetCustomer :one
SELECT * FROM customers WHERE id = ?;

-- name: ListCustomersByIds :many
SELECT * FROM customers WHERE id IN (sqlj.slice(ids)) ORDER BY id;

-- name: FindByEmail :one
SELECT id, full_name FROM customers WHERE email = ?;

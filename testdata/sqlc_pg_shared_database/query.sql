-- name: CreateCustomer :one
INSERT INTO billing.customers (email, credit) VALUES ($1, $2)
RETURNING *;

-- name: CustomerByEmail :one
-- citext compares without case
SELECT id, email, credit FROM billing.customers WHERE email = $1;

-- name: Charge :one
INSERT INTO billing.charges (customer_id, amount, charged_by) VALUES ($1, $2, sqlc.narg(charged_by))
RETURNING id;

-- name: Balances :many
SELECT c.email, c.credit - COALESCE(sum(ch.amount), 0)::numeric(12,2) AS balance
FROM billing.customers c LEFT JOIN billing.charges ch ON ch.customer_id = c.id
GROUP BY c.id, c.email, c.credit
ORDER BY c.email;

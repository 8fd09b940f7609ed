-- name: CreateCustomers :copyfrom
INSERT INTO customers (email, full_name, nickname) VALUES (?, ?, ?);

-- name: AddOrders :batchexec
INSERT INTO orders (customer_id, total_cents, note) VALUES (?, ?, ?);

-- name: GetCustomer :one
SELECT * FROM customers WHERE id = ?;

-- name: ListOrdersWithCustomer :many
-- Every order with its customer, when it has one.
SELECT sqlj.embed(orders), sqlj.embed(customers)
FROM orders LEFT JOIN customers ON customers.id = orders.customer_id
ORDER BY orders.id;

-- name: ListCustomerOrders :many
SELECT sqlj.embed(customers), orders.total_cents
FROM customers JOIN orders ON orders.customer_id = customers.id
ORDER BY orders.id;

-- name: ExportOrders :iter
SELECT * FROM orders ORDER BY id;

-- name: ExportTotals :iter
SELECT total_cents FROM orders WHERE customer_id = ? ORDER BY id;

-- name: OrderPairs :many
-- Two orders of one customer: the same table embedded twice, under two aliases.
SELECT sqlj.embed(a), sqlj.embed(b)
FROM orders a JOIN orders b ON b.customer_id = a.customer_id AND b.id > a.id
ORDER BY a.id, b.id;

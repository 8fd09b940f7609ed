-- name: AddOrders :batchexec
INSERT INTO orders (customer_id, total_cents, note) VALUES (?, ?, ?);

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
-- Every order, streamed.
SELECT * FROM orders ORDER BY id;

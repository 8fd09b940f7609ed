-- name: AddSale :exec
INSERT INTO sales (id, region, year, amount) VALUES (?, ?, ?, ?);

-- name: TotalsWithRollup :many
-- The super-aggregate rows hold NULL in region and year, which MariaDB still flags NOT NULL.
SELECT region, year, sum(amount) AS total, count(*) AS n FROM sales GROUP BY region, year WITH ROLLUP;

-- name: TotalsPerRegion :many
SELECT region, count(*) AS n FROM sales GROUP BY region ORDER BY region;

-- name: Labelled :many
-- "with rollup" in a string is not the clause.
SELECT 'with rollup' AS label, id FROM sales ORDER BY id;

-- name: OpenAccount :one
INSERT INTO accounts (owner, balance) VALUES (@owner, @balance) RETURNING *;

-- name: GetAccount :one
SELECT * FROM accounts WHERE owner = @owner;

-- name: AddToBalance :execrows
UPDATE accounts SET balance = balance + @amount WHERE id = @id;

-- name: RecordTransfer :exec
INSERT INTO transfers (from_id, to_id, amount) VALUES (@from_id, @to_id, @amount);

-- name: CountTransfers :one
SELECT count(*) FROM transfers;

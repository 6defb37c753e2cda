INSERT INTO ticketing.transactions (wallet_id, order_id, kind, amount)
VALUES ($1, $2, $3, $4)

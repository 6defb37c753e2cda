UPDATE ticketing.wallets
SET balance = balance + $2, updated_at = now()
WHERE customer_id = $1
RETURNING wallet_id

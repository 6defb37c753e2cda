UPDATE ticketing.wallets
SET balance = balance - $2, updated_at = now()
WHERE customer_id = $1 AND balance >= $2
RETURNING wallet_id

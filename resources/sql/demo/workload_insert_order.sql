INSERT INTO ticketing.orders (customer_id, event_id, status, total)
VALUES ($1, $2, 'paid', $3)
RETURNING order_id

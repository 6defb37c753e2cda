SELECT o.order_id, o.created_at, o.status, o.total, count(t.ticket_id) AS tickets
FROM ticketing.orders o
LEFT JOIN ticketing.tickets t ON t.order_id = o.order_id
WHERE o.customer_id = $1
GROUP BY o.order_id
ORDER BY o.created_at DESC
LIMIT 20

SELECT event_id
FROM ticketing.events
WHERE status = 'on_sale' AND seats_sold < seats_total
ORDER BY random()
LIMIT 1

UPDATE ticketing.events
SET seats_sold = seats_sold + $2
WHERE event_id = $1 AND status = 'on_sale' AND seats_sold + $2 <= seats_total
RETURNING base_price

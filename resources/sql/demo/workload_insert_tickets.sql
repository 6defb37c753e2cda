INSERT INTO ticketing.tickets (order_id, event_id, seat_label, price)
SELECT $1::bigint, $2::bigint, 'W-' || $1::bigint || '-' || g, $3::numeric
FROM generate_series(1, $4::integer) g

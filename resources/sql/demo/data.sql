-- Bulk data for the demo schema. The size follows the setting pgsteward.demo_scale
-- (1.0: ~50k customers, ~150k orders, ~300k tickets, ~400k transactions, ~100k audit rows).
SELECT setseed(0.42);

CREATE TEMP TABLE demo_size AS
SELECT greatest(1, round(50000  * s))::int AS customers,
       greatest(50, round(600   * s))::int AS events,
       greatest(10, round(150000 * s))::int AS orders,
       greatest(10, round(250000 * s))::int AS top_ups,
       greatest(10, round(100000 * s))::int AS audits,
       greatest(10, round(60000  * s))::int AS holds,
       date_trunc('month', now()) - interval '11 months' AS since
FROM (SELECT current_setting('pgsteward.demo_scale')::float8 AS s) p;

INSERT INTO ticketing.venues (venue_id, name, city, capacity, created_at)
SELECT g,
       (ARRAY['Arena', 'Hall', 'Stadium', 'Theatre', 'Club', 'Open Air'])[1 + g % 6] || ' ' ||
       (ARRAY['North', 'Central', 'Riverside', 'Old Town', 'Harbour', 'Park', 'West'])[1 + g % 7],
       (ARRAY['Berlin', 'Paris', 'Amsterdam', 'Madrid', 'Rome', 'Vienna', 'Prague', 'Lisbon'])[1 + g % 8],
       (ARRAY[300, 800, 1500, 5000, 12000])[1 + g % 5],
       now() - interval '3 years' + g * interval '5 days'
FROM generate_series(1, 40) g;

INSERT INTO ticketing.events (event_id, venue_id, title, starts_at, base_price, seats_total, seats_sold, status)
SELECT g, v.venue_id,
       (ARRAY['Jazz Night', 'Rock Festival', 'Symphony No. 9', 'Stand-up Comedy', 'Indie Showcase',
              'Opera Gala', 'Techno Marathon', 'Folk Evening', 'Film Concert', 'Chamber Music'])[1 + g % 10]
           || ' #' || g,
       d.since + random() * interval '15 months',
       round((15 + random() * 135)::numeric, 2),
       v.capacity, 0, 'on_sale'
FROM generate_series(1, (SELECT events FROM demo_size)) g
JOIN ticketing.venues v ON v.venue_id = 1 + g % 40
CROSS JOIN demo_size d;

INSERT INTO ticketing.customers (customer_id, email, full_name, country, marketing_opt_in, created_at)
SELECT g,
       'customer' || g || '@example.' || (ARRAY['com', 'org', 'net', 'de', 'fr'])[1 + g % 5],
       (ARRAY['Anna', 'Ben', 'Chloé', 'David', 'Elif', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas',
              'Katarzyna', 'Luca', 'Mia', 'Noah', 'Olga', 'Pedro'])[1 + g % 16] || ' ' ||
       (ARRAY['Müller', 'Dubois', 'de Vries', 'García', 'Rossi', 'Novák', 'Silva', 'Kowalski',
              'Smith', 'Jansen', 'Schmidt', 'Martin', 'Bauer'])[1 + (g / 16) % 13],
       (ARRAY['DE', 'FR', 'NL', 'ES', 'IT', 'AT', 'CZ', 'PT', 'PL', 'GB'])[1 + (g * 7) % 10],
       random() < 0.3,
       now() - random() * interval '3 years'
FROM generate_series(1, (SELECT customers FROM demo_size)) g;

INSERT INTO ticketing.wallets (wallet_id, customer_id, balance, updated_at)
SELECT customer_id, customer_id, round((random() * 400)::numeric, 2), now() - random() * interval '30 days'
FROM ticketing.customers;

-- Every order holds two tickets at the event's base price (see tickets below), so its total is known.
INSERT INTO ticketing.orders (order_id, customer_id, event_id, status, total, created_at)
SELECT o.g,
       1 + floor(random() * d.customers)::bigint,
       e.event_id,
       CASE WHEN o.r < 0.90 THEN 'paid' WHEN o.r < 0.95 THEN 'refunded' WHEN o.r < 0.98 THEN 'cancelled' ELSE 'pending' END,
       2 * e.base_price,
       d.since + random() * (now() - d.since)
FROM demo_size d
CROSS JOIN LATERAL (SELECT g, random() AS r, 1 + floor(random() * d.events)::bigint AS event_id
                    FROM generate_series(1, d.orders) g) o
JOIN ticketing.events e ON e.event_id = o.event_id;

-- Two tickets per order, priced from the event.
INSERT INTO ticketing.tickets (ticket_id, order_id, event_id, seat_label, price, status, scanned_at)
SELECT g, o.order_id, o.event_id,
       chr(65 + (g % 20)::int) || '-' || (1 + g % 40),
       e.base_price,
       CASE WHEN o.status IN ('refunded', 'cancelled') THEN 'void'
            WHEN e.starts_at < now() AND random() < 0.85 THEN 'scanned' ELSE 'valid' END,
       CASE WHEN e.starts_at < now() THEN e.starts_at END
FROM demo_size d
CROSS JOIN LATERAL generate_series(1, 2 * d.orders) g
JOIN ticketing.orders o ON o.order_id = 1 + (g - 1) % d.orders
JOIN ticketing.events e ON e.event_id = o.event_id;

-- Sold seats and event status from the tickets (events is small, so the update costs nothing).
UPDATE ticketing.events e SET seats_sold = least(e.seats_total, s.sold),
                              status = CASE WHEN e.starts_at < now() THEN 'past'
                                            WHEN s.sold >= e.seats_total THEN 'sold_out' ELSE 'on_sale' END
FROM (SELECT event_id, count(*) AS sold FROM ticketing.tickets WHERE status <> 'void' GROUP BY event_id) s
WHERE s.event_id = e.event_id;
UPDATE ticketing.events SET status = 'past' WHERE starts_at < now() AND status = 'on_sale';

-- The ledger: one purchase per paid order, the rest wallet top-ups.
INSERT INTO ticketing.transactions (wallet_id, order_id, kind, amount, created_at)
SELECT o.customer_id, o.order_id, 'purchase', -o.total, o.created_at
FROM ticketing.orders o WHERE o.status IN ('paid', 'refunded');
INSERT INTO ticketing.transactions (wallet_id, order_id, kind, amount, created_at)
SELECT o.customer_id, o.order_id, 'refund', o.total, o.created_at + interval '2 days'
FROM ticketing.orders o WHERE o.status = 'refunded' AND o.created_at + interval '2 days' < now();
INSERT INTO ticketing.transactions (wallet_id, kind, amount, created_at)
SELECT 1 + floor(random() * d.customers)::bigint, 'top_up',
       (ARRAY[10, 20, 25, 50, 100, 200])[1 + floor(random() * 6)::int],
       d.since + random() * (now() - d.since)
FROM demo_size d, generate_series(1, d.top_ups) g;

INSERT INTO ticketing.audit_log (occurred_at, actor, action, entity, entity_id, payload)
SELECT d.since + random() * (now() - d.since),
       (ARRAY['web', 'mobile', 'box-office', 'support', 'batch'])[1 + g % 5],
       (ARRAY['order.created', 'order.refunded', 'ticket.scanned', 'wallet.top_up', 'customer.updated'])[1 + (g / 5) % 5],
       (ARRAY['order', 'order', 'ticket', 'wallet', 'customer'])[1 + (g / 5) % 5],
       1 + floor(random() * d.customers)::bigint,
       jsonb_build_object('ip', '10.' || (g % 256) || '.' || ((g / 256) % 256) || '.' || (g % 97),
                          'user_agent', (ARRAY['Firefox', 'Chrome', 'Safari', 'TicketApp/3.2'])[1 + g % 4],
                          'request_id', md5(g::text),
                          'amount', round((random() * 300)::numeric, 2))
FROM demo_size d, generate_series(1, d.audits) g;

-- Seat holds expire quickly and are deleted; with autovacuum off the dead rows stay.
INSERT INTO ticketing.seat_holds (event_id, customer_id, seat_label, held_until)
SELECT 1 + g % d.events, 1 + g % d.customers, 'H-' || g, now() - random() * interval '10 days'
FROM demo_size d, generate_series(1, d.holds) g;
DELETE FROM ticketing.seat_holds WHERE hold_id % 10 <> 0;

SELECT setval(pg_get_serial_sequence('ticketing.venues', 'venue_id'), (SELECT max(venue_id) FROM ticketing.venues));
SELECT setval(pg_get_serial_sequence('ticketing.events', 'event_id'), (SELECT max(event_id) FROM ticketing.events));
SELECT setval(pg_get_serial_sequence('ticketing.customers', 'customer_id'), (SELECT max(customer_id) FROM ticketing.customers));
SELECT setval(pg_get_serial_sequence('ticketing.wallets', 'wallet_id'), (SELECT max(wallet_id) FROM ticketing.wallets));
SELECT setval(pg_get_serial_sequence('ticketing.orders', 'order_id'), (SELECT max(order_id) FROM ticketing.orders));
SELECT setval(pg_get_serial_sequence('ticketing.tickets', 'ticket_id'), (SELECT max(ticket_id) FROM ticketing.tickets));

DROP TABLE demo_size;

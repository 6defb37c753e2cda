-- Keys and indexes, added after the bulk load. Two are wrong on purpose, for the health checks:
-- customers_full_name_idx is never used by the application, and orders_customer_idx duplicates
-- orders_customer_id_idx.
ALTER TABLE ticketing.customers ADD CONSTRAINT customers_email_key UNIQUE (email);
ALTER TABLE ticketing.wallets ADD CONSTRAINT wallets_customer_id_key UNIQUE (customer_id);

ALTER TABLE ticketing.events ADD CONSTRAINT events_venue_id_fkey
    FOREIGN KEY (venue_id) REFERENCES ticketing.venues;
ALTER TABLE ticketing.wallets ADD CONSTRAINT wallets_customer_id_fkey
    FOREIGN KEY (customer_id) REFERENCES ticketing.customers ON DELETE CASCADE;
ALTER TABLE ticketing.orders ADD CONSTRAINT orders_customer_id_fkey
    FOREIGN KEY (customer_id) REFERENCES ticketing.customers;
ALTER TABLE ticketing.orders ADD CONSTRAINT orders_event_id_fkey
    FOREIGN KEY (event_id) REFERENCES ticketing.events;
ALTER TABLE ticketing.tickets ADD CONSTRAINT tickets_order_id_fkey
    FOREIGN KEY (order_id) REFERENCES ticketing.orders ON DELETE CASCADE;
ALTER TABLE ticketing.tickets ADD CONSTRAINT tickets_event_id_fkey
    FOREIGN KEY (event_id) REFERENCES ticketing.events;
ALTER TABLE ticketing.transactions ADD CONSTRAINT transactions_wallet_id_fkey
    FOREIGN KEY (wallet_id) REFERENCES ticketing.wallets;
ALTER TABLE ticketing.transactions ADD CONSTRAINT transactions_order_id_fkey
    FOREIGN KEY (order_id) REFERENCES ticketing.orders;

CREATE INDEX events_venue_id_idx ON ticketing.events (venue_id);
CREATE INDEX events_starts_at_idx ON ticketing.events (starts_at);
CREATE INDEX orders_customer_id_idx ON ticketing.orders (customer_id, created_at);
CREATE INDEX orders_event_id_idx ON ticketing.orders (event_id);
CREATE INDEX tickets_order_id_idx ON ticketing.tickets (order_id);
CREATE INDEX tickets_event_id_status_idx ON ticketing.tickets (event_id, status);
CREATE INDEX transactions_wallet_id_idx ON ticketing.transactions (wallet_id, created_at);
CREATE INDEX transactions_order_id_idx ON ticketing.transactions (order_id);
CREATE INDEX audit_log_entity_idx ON ticketing.audit_log (entity, entity_id);
CREATE INDEX audit_log_occurred_at_idx ON ticketing.audit_log USING brin (occurred_at);

CREATE INDEX customers_full_name_idx ON ticketing.customers (full_name);
CREATE INDEX orders_customer_idx ON ticketing.orders (customer_id, created_at);

CREATE VIEW ticketing.event_sales AS
SELECT e.event_id, e.title, v.name AS venue, v.city, e.starts_at, e.seats_total, e.seats_sold,
       coalesce(sum(t.price) FILTER (WHERE t.status <> 'void'), 0) AS revenue
FROM ticketing.events e
JOIN ticketing.venues v USING (venue_id)
LEFT JOIN ticketing.tickets t USING (event_id)
GROUP BY e.event_id, v.venue_id;

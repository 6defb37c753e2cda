-- Switchover: new transactions on this primary default to read-only (written to
-- postgresql.auto.conf; takes effect with pg_reload_conf()). $1 none.
ALTER SYSTEM SET default_transaction_read_only = on

-- Switchover canceled or failed: remove the read-only default again (then pg_reload_conf()). $1 none.
ALTER SYSTEM RESET default_transaction_read_only

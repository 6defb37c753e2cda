-- WAL position (the receive position on a standby, where pg_current_wal_lsn() fails), the next
-- transaction ID (64 bits, so consumption rates survive wraparound), the oldest frozen XID age and
-- the connection slots for clients (max_connections minus the reserved ones; 16 adds
-- reserved_connections, read with missing_ok so that older servers give NULL).
SELECT
    pg_is_in_recovery() AS in_recovery,
    current_database() AS current_database,
    CASE WHEN pg_is_in_recovery() THEN pg_last_wal_receive_lsn() - '0/0'::pg_lsn
         ELSE pg_current_wal_lsn() - '0/0'::pg_lsn END AS wal_bytes,
    txid_snapshot_xmax(txid_current_snapshot()) AS next_xid,
    (SELECT max(age(datfrozenxid)) FROM pg_database) AS xid_age_max,
    current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int
        - coalesce(nullif(current_setting('reserved_connections', true), '')::int, 0) AS connection_slots

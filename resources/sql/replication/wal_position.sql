-- The WAL insert position of a primary in bytes and the server's clock, for a WAL rate from two
-- reads. NULL position on a standby. $1 none.
SELECT
    CASE WHEN pg_is_in_recovery() THEN NULL ELSE (pg_current_wal_lsn() - '0/0'::pg_lsn)::float8 END AS wal_bytes,
    extract(epoch FROM clock_timestamp())::float8 AS at_seconds

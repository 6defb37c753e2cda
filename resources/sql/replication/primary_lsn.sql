-- Switchover: the primary's WAL write position once writes have stopped. $1 none.
SELECT pg_current_wal_lsn()::text AS lsn, pg_is_in_recovery() AS in_recovery

-- Switchover: how far this standby has replayed, and how far that is from the primary's final
-- position $1 (pg_lsn as text). $1 target LSN.
SELECT
    pg_is_in_recovery() AS in_recovery,
    coalesce(pg_last_wal_replay_lsn()::text, '') AS replay_lsn,
    pg_wal_lsn_diff($1::pg_lsn, pg_last_wal_replay_lsn())::float8 AS behind_bytes

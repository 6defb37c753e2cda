-- Replication slots before 13: no wal_status or safe_wal_size. $1 none.
SELECT
    s.slot_name,
    s.slot_type,
    coalesce(s.plugin, '') AS plugin,
    coalesce(s.database, '') AS database,
    s.active,
    s.active_pid,
    s.temporary,
    coalesce(s.restart_lsn::text, '') AS restart_lsn,
    coalesce(s.confirmed_flush_lsn::text, '') AS confirmed_flush_lsn,
    pg_wal_lsn_diff(CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END,
                    s.restart_lsn)::float8 AS retained_bytes,
    '' AS wal_status,
    NULL::float8 AS safe_wal_size
FROM pg_replication_slots s
ORDER BY s.slot_name

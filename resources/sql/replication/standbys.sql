-- Every standby streaming from this server: positions, lag in bytes (against the current WAL
-- insert position) and in time (the server's own write/flush/replay lag). $1 none.
SELECT
    r.pid,
    coalesce(r.application_name, '') AS application_name,
    coalesce(host(r.client_addr), CASE WHEN r.client_port = -1 THEN 'local' ELSE '' END) AS client,
    coalesce(r.state, '') AS state,
    coalesce(r.sync_state, '') AS sync_state,
    coalesce(r.sync_priority, 0) AS sync_priority,
    coalesce(r.sent_lsn::text, '') AS sent_lsn,
    coalesce(r.write_lsn::text, '') AS write_lsn,
    coalesce(r.flush_lsn::text, '') AS flush_lsn,
    coalesce(r.replay_lsn::text, '') AS replay_lsn,
    pg_wal_lsn_diff(pg_current_wal_lsn(), r.sent_lsn)::float8 AS sent_lag_bytes,
    pg_wal_lsn_diff(pg_current_wal_lsn(), r.replay_lsn)::float8 AS replay_lag_bytes,
    extract(epoch FROM r.write_lag)::float8 AS write_lag_seconds,
    extract(epoch FROM r.flush_lag)::float8 AS flush_lag_seconds,
    extract(epoch FROM r.replay_lag)::float8 AS replay_lag_seconds,
    r.backend_start
FROM pg_stat_replication r
ORDER BY r.application_name, r.pid

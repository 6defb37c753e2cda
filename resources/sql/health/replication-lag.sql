-- Standbys behind by more than $1 seconds or $2 bytes of WAL, and inactive replication slots
-- retaining more than $2 bytes. Nothing on a standby itself.
SELECT 'standby' AS kind, coalesce(application_name, '') || '@' || coalesce(host(client_addr), 'local') AS name,
       pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint AS lag_bytes,
       extract(epoch FROM replay_lag)::float8 AS value
FROM pg_stat_replication
WHERE NOT pg_is_in_recovery()
  AND (extract(epoch FROM replay_lag) >= $1::float8 OR pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) >= $2::numeric)
UNION ALL
SELECT 'slot', slot_name::text, pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)::bigint, NULL
FROM pg_replication_slots
WHERE NOT pg_is_in_recovery() AND NOT active AND restart_lsn IS NOT NULL
  AND pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn) >= $2::numeric
ORDER BY 1, 2;

-- A physical replication slot feeding a WAL archive: whether a receiver holds it and how much
-- WAL it keeps on the server (bytes from its restart_lsn to the current write position).
SELECT s.slot_name,
       s.slot_type,
       s.active,
       s.restart_lsn::text AS restart_lsn,
       coalesce(s.wal_status, '') AS wal_status,
       CASE WHEN pg_is_in_recovery() OR s.restart_lsn IS NULL THEN NULL
            ELSE pg_wal_lsn_diff(pg_current_wal_lsn(), s.restart_lsn)::bigint END AS retained_bytes
FROM pg_replication_slots s
WHERE s.slot_name = $1::name

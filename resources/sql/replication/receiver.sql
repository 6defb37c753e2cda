-- On a standby: the WAL receiver (NULL row when none runs), what was received and replayed, how
-- long ago the last replayed transaction committed on the primary, and the upstream it follows.
-- The conninfo is the server's obfuscated copy (no password). $1 none.
SELECT
    coalesce(w.status, 'stopped') AS status,
    coalesce(w.sender_host, '') AS sender_host,
    coalesce(w.sender_port, 0) AS sender_port,
    coalesce(w.slot_name, '') AS slot_name,
    coalesce(w.received_tli, 0) AS received_timeline,
    coalesce(w.flushed_lsn::text, '') AS flushed_lsn,
    coalesce(w.latest_end_lsn::text, '') AS latest_end_lsn,
    coalesce(pg_last_wal_replay_lsn()::text, '') AS replay_lsn,
    pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn())::float8 AS replay_gap_bytes,
    extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 AS replay_delay_seconds,
    extract(epoch FROM now() - w.last_msg_receipt_time)::float8 AS last_message_seconds,
    coalesce(w.conninfo, '') AS conninfo
FROM (SELECT 1) AS one
LEFT JOIN pg_stat_wal_receiver w ON true

-- During and after a point-in-time recovery: still recovering, paused at the target, the WAL
-- position replayed so far, and the commit time of the last replayed transaction (kept after
-- promotion), UTC ISO 8601.
SELECT pg_is_in_recovery() AS in_recovery,
       CASE WHEN pg_is_in_recovery() THEN pg_is_wal_replay_paused() ELSE false END AS paused,
       coalesce(pg_last_wal_replay_lsn()::text, '') AS replay_lsn,
       to_char(pg_last_xact_replay_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS last_replayed

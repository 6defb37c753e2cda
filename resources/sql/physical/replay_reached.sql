-- After a point-in-time recovery: still recovering, and the commit time of the last replayed
-- transaction (kept after promotion), UTC ISO 8601.
SELECT pg_is_in_recovery() AS in_recovery,
       to_char(pg_last_xact_replay_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS last_replayed

-- Is replay paused (or being paused) on this standby? 14+: pg_get_wal_replay_pause_state. $1 none.
SELECT pg_get_wal_replay_pause_state() <> 'not paused' AS paused

-- Is replay paused on this standby? Before 14. $1 none.
SELECT pg_is_wal_replay_paused() AS paused

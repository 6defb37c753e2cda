-- Pauses WAL replay on a standby. $1 none.
SELECT pg_wal_replay_pause()

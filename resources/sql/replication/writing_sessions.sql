-- Switchover: other client sessions that still hold a transaction ID (they have written or are
-- writing) on the fenced primary. $1 none.
SELECT count(*) AS writers
FROM pg_stat_activity a
WHERE a.backend_type = 'client backend' AND a.pid <> pg_backend_pid() AND a.backend_xid IS NOT NULL

-- Switchover: ends every other client session of the primary (they may hold read-write
-- transactions or have turned the read-only default off); replication and background workers
-- stay. Returns who was ended. $1 none.
SELECT
    a.pid,
    coalesce(a.usename::text, '') AS usename,
    coalesce(a.datname::text, '') AS datname,
    coalesce(a.application_name, '') AS application_name,
    pg_terminate_backend(a.pid) AS terminated
FROM pg_stat_activity a
WHERE a.backend_type = 'client backend' AND a.pid <> pg_backend_pid()
ORDER BY a.pid

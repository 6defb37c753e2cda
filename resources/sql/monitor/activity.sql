-- Client sessions, the most interesting first, capped at $1 rows; total counts them all.
-- pg_blocking_pids() is costly, so it is asked only for sessions waiting on a lock.
SELECT
    pid,
    coalesce(datname, '') AS database,
    coalesce(usename, '') AS "user",
    coalesce(application_name, '') AS application,
    coalesce(client_addr::text, client_hostname, '') AS client,
    extract(epoch FROM backend_start)::float8 AS backend_start,
    extract(epoch FROM xact_start)::float8 AS xact_start,
    extract(epoch FROM query_start)::float8 AS query_start,
    coalesce(state, '') AS state,
    coalesce(wait_event_type, '') AS wait_event_type,
    coalesce(wait_event, '') AS wait_event,
    CASE WHEN wait_event_type = 'Lock' THEN pg_blocking_pids(pid) ELSE '{}'::int[] END AS blocked_by,
    coalesce(query, '') AS query,
    count(*) OVER () AS total
FROM pg_stat_activity
WHERE backend_type = 'client backend'
ORDER BY (state = 'active') DESC NULLS LAST, (wait_event_type = 'Lock') DESC NULLS LAST,
         query_start NULLS LAST, pid
LIMIT $1::int

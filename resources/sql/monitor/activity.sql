-- Client sessions, the most interesting first, capped at $1 rows from offset $6; total counts all
-- that pass the filters: $2 active only, $3 database, $4 user, $5 application (NULL: any).
-- server_now: durations are measured on the server's clock, not the client's.
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
    extract(epoch FROM state_change)::float8 AS state_change,
    coalesce(state, '') AS state,
    coalesce(wait_event_type, '') AS wait_event_type,
    coalesce(wait_event, '') AS wait_event,
    CASE WHEN wait_event_type = 'Lock' THEN pg_blocking_pids(pid) ELSE '{}'::int[] END AS blocked_by,
    coalesce(query, '') AS query,
    count(*) OVER () AS total,
    extract(epoch FROM now())::float8 AS server_now
FROM pg_stat_activity
WHERE backend_type = 'client backend'
  AND ($2::bool IS NOT TRUE OR state = 'active')
  AND ($3::text IS NULL OR datname = $3::text)
  AND ($4::text IS NULL OR usename = $4::text)
  AND ($5::text IS NULL OR application_name = $5::text)
ORDER BY (state = 'active') DESC NULLS LAST, (wait_event_type = 'Lock') DESC NULLS LAST,
         query_start NULLS LAST, pid
LIMIT $1::int OFFSET $6::int

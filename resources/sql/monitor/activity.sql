-- Client sessions, capped at $1 rows from offset $6; total counts all that pass the filters:
-- $2 active only, $3 database, $4 user, $5 application (NULL: any).
-- $7 is the sort key, a bound value matched against the fixed list below (anything else, and
-- NULL, is the default "most interesting first" order); $8 sorts it descending. Empty values and
-- unknown times sort last either way; pid breaks ties so that the pages continue one order.
-- server_now: durations are measured on the server's clock, not the client's.
-- pg_blocking_pids() is costly, so it is asked only for sessions waiting on a lock.
WITH s AS (
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
        -- what the Duration column measures (sessionDurationSecs in activity.cpp)
        extract(epoch FROM now() - CASE WHEN state = 'active' THEN query_start
                                        WHEN state LIKE 'idle in transaction%' THEN xact_start
                                        ELSE state_change END)::float8 AS duration,
        extract(epoch FROM now())::float8 AS server_now
    FROM pg_stat_activity
    WHERE backend_type = 'client backend'
      AND ($2::bool IS NOT TRUE OR state = 'active')
      AND ($3::text IS NULL OR datname = $3::text)
      AND ($4::text IS NULL OR usename = $4::text)
      AND ($5::text IS NULL OR application_name = $5::text)
), keyed AS (
    SELECT s.*,
           CASE $7::text WHEN 'pid' THEN pid::float8
                         WHEN 'duration' THEN duration
                         WHEN 'blocked_by' THEN blocked_by[1]::float8
                         WHEN 'query_start' THEN query_start
                         WHEN 'xact_start' THEN xact_start
                         WHEN 'backend_start' THEN backend_start END AS number_key,
           nullif(CASE $7::text WHEN 'database' THEN database
                                WHEN 'user' THEN "user"
                                WHEN 'application' THEN application
                                WHEN 'state' THEN state
                                WHEN 'wait_event' THEN wait_event_type || ': ' || wait_event
                                WHEN 'query' THEN query
                                WHEN 'client' THEN client END, '') AS text_key
    FROM s
)
SELECT pid, database, "user", application, client, backend_start, xact_start, query_start, state_change,
       state, wait_event_type, wait_event, blocked_by, query,
       count(*) OVER () AS total,
       server_now
FROM keyed
ORDER BY
    CASE WHEN $8::bool IS NOT TRUE THEN number_key END ASC NULLS LAST,
    CASE WHEN $8::bool THEN number_key END DESC NULLS LAST,
    CASE WHEN $8::bool IS NOT TRUE THEN text_key END ASC NULLS LAST,
    CASE WHEN $8::bool THEN text_key END DESC NULLS LAST,
    CASE WHEN number_key IS NULL AND text_key IS NULL THEN state = 'active' END DESC NULLS LAST,
    CASE WHEN number_key IS NULL AND text_key IS NULL THEN wait_event_type = 'Lock' END DESC NULLS LAST,
    CASE WHEN number_key IS NULL AND text_key IS NULL THEN query_start END ASC NULLS LAST,
    pid
LIMIT $1::int OFFSET $6::int

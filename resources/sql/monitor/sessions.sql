-- Client sessions by state and wait event type, with the oldest of each group other than this
-- session (active: the running statement's age; otherwise the time in that state). $1 none.
SELECT
    coalesce(state, 'unknown') AS state,
    coalesce(wait_event_type, '') AS wait_event_type,
    count(*) AS sessions,
    extract(epoch FROM max(now() - CASE WHEN state = 'active' THEN query_start ELSE state_change END)
                       FILTER (WHERE pid <> pg_backend_pid()))::float8 AS longest_seconds
FROM pg_stat_activity
WHERE backend_type = 'client backend'
GROUP BY 1, 2
ORDER BY 1, 2

-- Client sessions by state and wait event type. $1 none.
SELECT
    coalesce(state, 'unknown') AS state,
    coalesce(wait_event_type, '') AS wait_event_type,
    count(*) AS sessions
FROM pg_stat_activity
WHERE backend_type = 'client backend'
GROUP BY 1, 2
ORDER BY 1, 2

-- Client connections against max_connections minus the superuser reserved slots.
-- $1 percent (critical_percent is applied by the caller).
WITH u AS (
    SELECT (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend') AS used,
           current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int AS available
)
SELECT used, available, round(100.0 * used / nullif(available, 0), 1)::float8 AS value
FROM u WHERE 100.0 * used / nullif(available, 0) >= $1::numeric;

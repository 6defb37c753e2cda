-- Sessions waiting for a lock longer than $1 seconds, with who blocks them.
SELECT a.pid, a.datname, a.usename, left(a.query, 200) AS query,
       pg_blocking_pids(a.pid)::int[]::text AS blocked_by,
       extract(epoch FROM now() - coalesce(a.state_change, a.query_start))::float8 AS value
FROM pg_stat_activity a
WHERE a.wait_event_type = 'Lock' AND cardinality(pg_blocking_pids(a.pid)) > 0
  AND coalesce(a.state_change, a.query_start) < now() - make_interval(secs => $1::float8)
ORDER BY value DESC
LIMIT 200;

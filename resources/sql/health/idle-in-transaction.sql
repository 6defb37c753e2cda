-- Sessions idle inside an open transaction for longer than $1 seconds:
-- they hold locks and keep vacuum from removing dead rows.
SELECT pid, datname, usename, left(query, 200) AS query,
       extract(epoch FROM now() - state_change)::float8 AS value
FROM pg_stat_activity
WHERE state IN ('idle in transaction', 'idle in transaction (aborted)') AND pid <> pg_backend_pid()
  AND state_change < now() - make_interval(secs => $1::float8)
ORDER BY state_change
LIMIT 200;

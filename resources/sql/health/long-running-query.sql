-- Statements running longer than $1 seconds, other than our own.
SELECT pid, datname, usename, left(query, 200) AS query,
       extract(epoch FROM now() - query_start)::float8 AS value
FROM pg_stat_activity
WHERE state = 'active' AND backend_type = 'client backend' AND pid <> pg_backend_pid()
  AND query_start < now() - make_interval(secs => $1::float8)
ORDER BY query_start
LIMIT 200;

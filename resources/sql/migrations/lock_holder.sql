-- Which sessions hold the migration lock of lock_try.sql ($1: the history table's name).
SELECT l.pid, a.usename, a.application_name, a.backend_start
FROM pg_locks l
LEFT JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND ((l.classid::bigint << 32) | l.objid::bigint)
      = hashtextextended('pgsteward-migrations:' || current_database() || ':' || $1::text, 0);

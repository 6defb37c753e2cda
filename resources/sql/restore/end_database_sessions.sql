-- Before DROP DATABASE on a server without WITH (FORCE) (PostgreSQL 12): ends the sessions still
-- connected to a database this product created (pg_restore's parallel workers, a cancelled
-- psql). $1 the database's name.
SELECT count(pg_terminate_backend(a.pid)) AS ended
FROM pg_stat_activity a
WHERE a.datname = $1 AND a.pid <> pg_backend_pid()

-- Tables to choose for maintenance, with what helps choosing: dead rows, last (auto)vacuum and
-- analyze, size, autovacuum reloptions. Most dead rows first; at most $1.
SELECT s.schemaname AS schema_name, s.relname AS table_name, s.n_dead_tup, s.n_live_tup,
       extract(epoch FROM greatest(s.last_vacuum, s.last_autovacuum))::float8 AS last_vacuum,
       extract(epoch FROM greatest(s.last_analyze, s.last_autoanalyze))::float8 AS last_analyze,
       pg_total_relation_size(s.relid) AS total_bytes,
       coalesce(array_to_string(ARRAY(SELECT o FROM unnest(c.reloptions) o WHERE o LIKE 'autovacuum%'), ', '), '') AS autovacuum_options
FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
ORDER BY s.n_dead_tup DESC, pg_total_relation_size(s.relid) DESC
LIMIT $1::int;

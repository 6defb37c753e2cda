-- Busy tables autovacuum has not vacuumed or analyzed for long, tables with autovacuum switched
-- off, and autovacuum switched off for the server. $1 seconds, $2 min_changes.
SELECT 'global' AS kind, NULL::name AS schema_name, NULL::name AS rel_name, NULL::float8 AS value, 0::bigint AS changes
WHERE current_setting('autovacuum') = 'off'
UNION ALL
SELECT 'disabled', n.nspname, c.relname, NULL, 0
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'm') AND c.reloptions @> ARRAY['autovacuum_enabled=false']
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
UNION ALL
SELECT 'stale', s.schemaname, s.relname,
       extract(epoch FROM now() - least(greatest(s.last_vacuum, s.last_autovacuum), greatest(s.last_analyze, s.last_autoanalyze)))::float8,
       s.n_dead_tup + s.n_mod_since_analyze
FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
WHERE s.n_dead_tup + s.n_mod_since_analyze >= $2::bigint
  AND NOT coalesce(c.reloptions @> ARRAY['autovacuum_enabled=false'], false)
  AND coalesce(least(greatest(s.last_vacuum, s.last_autovacuum), greatest(s.last_analyze, s.last_autoanalyze)), '-infinity')
      < now() - make_interval(secs => $1::float8)
  AND (SELECT pg_postmaster_start_time()) < now() - make_interval(secs => $1::float8)
ORDER BY 1, 2, 3
LIMIT 400;

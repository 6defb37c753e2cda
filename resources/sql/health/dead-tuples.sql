-- Dead tuples as a share of all tuples, with the table's autovacuum trigger
-- (threshold + scale_factor * reltuples, per-table reloptions first). $1 percent,
-- $2 min_rows (critical_percent is applied by the caller).
SELECT s.schemaname AS schema_name, s.relname AS rel_name,
       round(100.0 * s.n_dead_tup / nullif(s.n_live_tup + s.n_dead_tup, 0), 1)::float8 AS value,
       s.n_dead_tup, s.n_live_tup,
       (coalesce((SELECT split_part(o, '=', 2)::numeric FROM unnest(c.reloptions) o WHERE o LIKE 'autovacuum_vacuum_threshold=%'),
                 current_setting('autovacuum_vacuum_threshold')::numeric)
        + coalesce((SELECT split_part(o, '=', 2)::numeric FROM unnest(c.reloptions) o WHERE o LIKE 'autovacuum_vacuum_scale_factor=%'),
                   current_setting('autovacuum_vacuum_scale_factor')::numeric) * greatest(c.reltuples, 0))::bigint AS autovacuum_trigger
FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
WHERE s.n_dead_tup >= $2::bigint AND s.n_dead_tup > 0
  AND 100.0 * s.n_dead_tup / nullif(s.n_live_tup + s.n_dead_tup, 0) >= $1::numeric
ORDER BY s.n_dead_tup DESC
LIMIT 200;

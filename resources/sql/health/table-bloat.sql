-- Heap bloat estimate from statistics: expected pages from reltuples and the average row width
-- (pg_stats), honouring each table's fillfactor; the TOAST table is not counted (its size is not
-- bloat of the heap). Used where pgstattuple is not installed (else table_bloat_pgstattuple.sql).
-- $1 percent, $2 min_bytes (critical_percent is applied by the caller).
WITH t AS (
    SELECT c.oid, n.nspname, c.relname, c.relpages, c.reltuples,
           coalesce((SELECT split_part(o, '=', 2)::int FROM unnest(c.reloptions) o WHERE o LIKE 'fillfactor=%'), 100) AS fillfactor,
           current_setting('block_size')::numeric AS bs
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'm') AND c.relpages > 0 AND c.reltuples > 0
      AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast'
      AND c.relpages::numeric * current_setting('block_size')::numeric >= $2::numeric
), w AS (
    SELECT t.oid, sum(((1 - s.null_frac) * s.avg_width)::numeric) AS data_width, count(*) AS ncols
    FROM t JOIN pg_stats s ON s.schemaname = t.nspname AND s.tablename = t.relname
    GROUP BY t.oid
), e AS (
    SELECT t.*, ceil(t.reltuples / floor((t.bs - 24) * t.fillfactor / 100
                 / (24 + 4 + 8 * ceil(w.ncols / 64.0) + w.data_width)))::numeric AS expected_pages
    FROM t JOIN w ON w.oid = t.oid
)
SELECT nspname AS schema_name, relname AS rel_name,
       round(100 * (relpages - expected_pages) / relpages, 1)::float8 AS value,
       ((relpages - expected_pages) * bs)::bigint AS bloat_bytes,
       (relpages * bs)::bigint AS size_bytes,
       'estimate' AS method
FROM e
WHERE relpages > expected_pages AND 100 * (relpages - expected_pages) / relpages >= $1::numeric
ORDER BY bloat_bytes DESC
LIMIT 200;

-- B-tree bloat estimate: expected leaf pages from the indexed columns' average width (pg_stats of
-- the table), the index fillfactor (default 90) and the tuple overhead. Expression indexes are
-- skipped (no column statistics to estimate from). $1 percent, $2 min_bytes (critical_percent is applied by the caller).
WITH i AS (
    SELECT x.indexrelid, x.indrelid, n.nspname, ic.relname AS index_name, tc.relname AS table_name,
           ic.relpages, tc.reltuples, x.indkey,
           coalesce((SELECT split_part(o, '=', 2)::int FROM unnest(ic.reloptions) o WHERE o LIKE 'fillfactor=%'), 90) AS fillfactor,
           current_setting('block_size')::numeric AS bs
    FROM pg_index x
    JOIN pg_class ic ON ic.oid = x.indexrelid
    JOIN pg_class tc ON tc.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = ic.relnamespace
    JOIN pg_am a ON a.oid = ic.relam AND a.amname = 'btree'
    WHERE ic.relpages > 1 AND tc.reltuples > 0 AND x.indexprs IS NULL
      AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast'
      AND ic.relpages::numeric * current_setting('block_size')::numeric >= $2::numeric
), w AS (
    SELECT i.indexrelid, sum(((1 - s.null_frac) * s.avg_width)::numeric) AS data_width
    FROM i
    JOIN pg_attribute att ON att.attrelid = i.indrelid AND att.attnum = ANY (i.indkey::int2[])
    JOIN pg_stats s ON s.schemaname = i.nspname AND s.tablename = i.table_name AND s.attname = att.attname
    GROUP BY i.indexrelid
), e AS (
    SELECT i.*, 1 + ceil(i.reltuples / floor((i.bs - 24 - 16) * i.fillfactor / 100
                 / (4 + 8 + 8 * ceil(w.data_width / 8.0))))::numeric AS expected_pages
    FROM i JOIN w ON w.indexrelid = i.indexrelid
)
SELECT nspname AS schema_name, index_name, table_name,
       round(100 * (relpages - expected_pages) / relpages, 1)::float8 AS value,
       ((relpages - expected_pages) * bs)::bigint AS bloat_bytes,
       (relpages * bs)::bigint AS size_bytes
FROM e
WHERE relpages > expected_pages AND 100 * (relpages - expected_pages) / relpages >= $1::numeric
ORDER BY bloat_bytes DESC
LIMIT 200;

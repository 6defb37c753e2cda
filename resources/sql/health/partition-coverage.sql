-- Range-partitioned tables on a date or timestamp key: how many days ahead the partitions reach,
-- and default partitions holding rows. $1 days, $2 min_rows (rows in a default partition).
WITH parents AS (
    SELECT p.partrelid, n.nspname, c.relname, a.atttypid
    FROM pg_partitioned_table p
    JOIN pg_class c ON c.oid = p.partrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = p.partrelid AND a.attnum = p.partattrs[0]
    WHERE p.partstrat = 'r' AND p.partnatts = 1
      AND a.atttypid IN ('date'::regtype, 'timestamp'::regtype, 'timestamptz'::regtype)
), bounds AS (
    SELECT pa.partrelid, max(substring(pg_get_expr(ch.relpartbound, ch.oid) FROM 'TO \(''([^'']+)''\)')) AS upper_text
    FROM parents pa
    JOIN pg_inherits i ON i.inhparent = pa.partrelid
    JOIN pg_class ch ON ch.oid = i.inhrelid
    WHERE pg_get_expr(ch.relpartbound, ch.oid) LIKE 'FOR VALUES FROM%'
    GROUP BY pa.partrelid
)
SELECT 'coverage' AS kind, pa.nspname AS schema_name, pa.relname AS rel_name, NULL::name AS partition_name,
       b.upper_text AS upper_bound,
       round((extract(epoch FROM (b.upper_text::timestamptz - now())) / 86400)::numeric, 1)::float8 AS value
FROM parents pa JOIN bounds b ON b.partrelid = pa.partrelid
WHERE b.upper_text NOT IN ('MAXVALUE') AND b.upper_text::timestamptz < now() + make_interval(days => $1::int)
UNION ALL
SELECT 'default', n.nspname, pc.relname, ch.relname, NULL, s.n_live_tup::float8
FROM pg_inherits i
JOIN pg_class ch ON ch.oid = i.inhrelid
JOIN pg_class pc ON pc.oid = i.inhparent
JOIN pg_namespace n ON n.oid = pc.relnamespace
JOIN pg_stat_user_tables s ON s.relid = ch.oid
WHERE pg_get_expr(ch.relpartbound, ch.oid) = 'DEFAULT' AND s.n_live_tup >= $2::bigint
ORDER BY 1, 2, 3;

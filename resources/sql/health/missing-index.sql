-- Large tables read mostly by sequential scans. $1 percent (share of scans that are sequential),
-- $2 min_rows, $3 min_scans.
SELECT schemaname AS schema_name, relname AS rel_name,
       round(100.0 * seq_scan / nullif(seq_scan + coalesce(idx_scan, 0), 0), 1)::float8 AS value,
       seq_scan, coalesce(idx_scan, 0) AS idx_scan, n_live_tup, seq_tup_read
FROM pg_stat_user_tables
WHERE n_live_tup >= $2::bigint AND seq_scan >= $3::bigint
  AND 100.0 * seq_scan / nullif(seq_scan + coalesce(idx_scan, 0), 0) >= $1::numeric
ORDER BY seq_tup_read DESC
LIMIT 200;

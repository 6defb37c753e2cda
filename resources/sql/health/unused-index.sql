-- Indexes never scanned since the statistics were reset, that enforce nothing (not unique, not a
-- primary key, exclusion or replica identity) and are at least $1 min_bytes large.
SELECT s.schemaname AS schema_name, s.indexrelname AS index_name, s.relname AS table_name,
       pg_relation_size(s.indexrelid)::float8 AS value
FROM pg_stat_user_indexes s
JOIN pg_index x ON x.indexrelid = s.indexrelid
WHERE s.idx_scan = 0 AND NOT x.indisunique AND NOT x.indisprimary AND NOT x.indisreplident AND x.indisvalid
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = s.indexrelid)
  AND pg_relation_size(s.indexrelid) >= $1::bigint
ORDER BY value DESC
LIMIT 200;

-- Invalid indexes (a failed CREATE INDEX CONCURRENTLY or REINDEX) that no running build owns.
SELECT n.nspname AS schema_name, c.relname AS index_name, t.relname AS table_name,
       pg_get_indexdef(i.indexrelid) AS definition, pg_relation_size(i.indexrelid)::float8 AS value
FROM pg_index i
JOIN pg_class c ON c.oid = i.indexrelid
JOIN pg_class t ON t.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT i.indisvalid
  AND NOT EXISTS (SELECT 1 FROM pg_stat_progress_create_index p WHERE p.index_relid = i.indexrelid OR p.relid = i.indrelid)
ORDER BY 1, 2;

-- Indexes never scanned since the statistics were reset, that enforce nothing (not unique, not a
-- primary key, exclusion or replica identity) and are at least $1 min_bytes large. The size
-- filter uses relpages first (a catalog figure: no file is opened for the 20,000 indexes of a
-- large schema; MATERIALIZED keeps the planner from calling pg_relation_size on every one),
-- then the exact size of what is left.
WITH candidates AS MATERIALIZED (
    SELECT s.indexrelid, s.schemaname, s.indexrelname, s.relname
    FROM pg_stat_user_indexes s
    JOIN pg_index x ON x.indexrelid = s.indexrelid
    JOIN pg_class c ON c.oid = s.indexrelid
    WHERE s.idx_scan = 0 AND NOT x.indisunique AND NOT x.indisprimary AND NOT x.indisreplident AND x.indisvalid
      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = s.indexrelid)
      AND (c.relpages::numeric + 1) * current_setting('block_size')::numeric >= $1::numeric
)
SELECT schemaname AS schema_name, indexrelname AS index_name, relname AS table_name,
       pg_relation_size(indexrelid)::float8 AS value
FROM candidates
WHERE pg_relation_size(indexrelid) >= $1::numeric
ORDER BY value DESC
LIMIT 200;

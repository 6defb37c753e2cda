-- Indexes never scanned since the statistics were reset, that enforce nothing (not unique, not a
-- primary key, exclusion or replica identity) and are at least $1 min_bytes large. Catalog
-- filters first (relpages: no file is opened), MATERIALIZED so that the statistics lookup and
-- the exact size are done only for what is left, not for each of the 50,000 rows of pg_class of
-- a large schema (pg_stat_user_indexes would look up every relation's counters).
WITH candidates AS MATERIALIZED (
    SELECT x.indexrelid, x.indrelid
    FROM pg_index x
    JOIN pg_class c ON c.oid = x.indexrelid
    WHERE NOT x.indisunique AND NOT x.indisprimary AND NOT x.indisreplident AND x.indisvalid
      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
      AND (c.relpages::numeric + 1) * current_setting('block_size')::numeric >= $1::numeric
)
SELECT n.nspname AS schema_name, c.relname AS index_name, t.relname AS table_name,
       pg_relation_size(ca.indexrelid)::float8 AS value
FROM candidates ca
JOIN pg_class c ON c.oid = ca.indexrelid
JOIN pg_class t ON t.oid = ca.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast'
  AND pg_stat_get_numscans(ca.indexrelid) = 0
  AND pg_relation_size(ca.indexrelid) >= $1::numeric
ORDER BY value DESC
LIMIT 200;

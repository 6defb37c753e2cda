-- The largest tables of the connected database: table + indexes + TOAST. $1 how many.
-- Only the total is computed for every table (a stat() per file: ~0.1 ms a table); the split
-- into table, indexes and TOAST only for the few that are kept.
WITH largest AS (
    SELECT c.oid, c.reltoastrelid, n.nspname AS schema, c.relname AS name,
           pg_total_relation_size(c.oid) AS total_bytes
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'm')
      AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname NOT LIKE 'pg_toast%'
    ORDER BY total_bytes DESC, 3, 4
    LIMIT $1::int
)
SELECT
    schema,
    name,
    total_bytes,
    pg_relation_size(oid) AS table_bytes,
    pg_indexes_size(oid) AS index_bytes,
    CASE WHEN reltoastrelid <> 0 THEN pg_total_relation_size(reltoastrelid) ELSE 0 END AS toast_bytes
FROM largest
ORDER BY total_bytes DESC, 1, 2

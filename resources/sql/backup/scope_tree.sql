-- Schemas and their tables for the backup wizard's scope tree, with the total size of each table
-- (heap, indexes, TOAST) from pg_total_relation_size. Partitions are listed as tables of their own
-- (pg_dump -T on a partitioned parent does not exclude its partitions before pg_dump 16); the
-- partitioned parent itself holds no data. Schemas without tables are listed with a NULL table.
-- $1: schema names to leave out (the system schemas).
SELECT
    n.nspname AS schema_name,
    c.relname AS table_name,
    c.relkind::text AS kind,
    CASE WHEN c.oid IS NOT NULL AND c.relkind <> 'p' THEN pg_total_relation_size(c.oid) ELSE 0 END AS size_bytes
FROM pg_namespace n
LEFT JOIN pg_class c
    ON c.relnamespace = n.oid
   AND c.relkind IN ('r', 'p', 'm', 'f')
WHERE n.nspname <> ALL ($1::text[])
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
ORDER BY n.nspname, c.relname

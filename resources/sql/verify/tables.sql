-- The tables of a test-restored database whose rows a backup manifest may have counted: ordinary
-- tables outside the system schemas, keyed like the manifest as "schema.table".
SELECT n.nspname::text AS schema_name,
       c.relname::text AS table_name
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND n.nspname <> 'information_schema'
  AND n.nspname !~ '^pg_'
ORDER BY 1, 2

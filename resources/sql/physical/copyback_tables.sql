-- Copy back: the ordinary tables of a recovered sandbox's database, with the planner's row
-- estimate (reltuples, -1 when never analyzed) to help choosing.
SELECT n.nspname::text AS schema_name,
       c.relname::text AS table_name,
       c.reltuples::bigint AS estimated_rows
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'r'
  AND n.nspname <> 'information_schema'
  AND n.nspname !~ '^pg_'
ORDER BY 1, 2

-- Tables whose data pg_dump writes: ordinary tables and leaf partitions (partitioned parents hold
-- no rows), not temporary ones of other sessions, not members of extensions, not system schemas.
-- total_bytes weights progress and sums to the estimate.
SELECT n.nspname::text AS schema_name,
       c.relname::text AS table_name,
       pg_total_relation_size(c.oid) AS total_bytes
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'r'
  AND c.relpersistence <> 't'
  AND n.nspname <> 'information_schema'
  AND n.nspname !~ '^pg_'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2;

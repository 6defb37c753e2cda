-- Tables whose data pg_dump writes: ordinary tables and leaf partitions (partitioned parents hold
-- no rows), not temporary ones of other sessions, not members of extensions, not system schemas.
-- total_bytes weights progress and sums to the estimate. It comes from relpages (as of the last
-- VACUUM/ANALYZE, like pg_dump's own sizing) of the table, its TOAST table and its indexes:
-- pg_total_relation_size() would wait for the lock of a table someone holds exclusively, and
-- the backup must reach pg_dump (which then waits visibly, and can be canceled) instead.
SELECT n.nspname::text AS schema_name,
       c.relname::text AS table_name,
       (c.relpages::bigint
        + coalesce((SELECT t.relpages FROM pg_class t WHERE t.oid = c.reltoastrelid), 0)
        + coalesce((SELECT sum(i.relpages) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                    WHERE x.indrelid = c.oid), 0))
       * current_setting('block_size')::bigint AS total_bytes
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'r'
  AND c.relpersistence <> 't'
  AND n.nspname <> 'information_schema'
  AND n.nspname !~ '^pg_'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2;

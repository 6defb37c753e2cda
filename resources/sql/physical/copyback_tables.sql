-- Copy back: the ordinary and partitioned tables of a recovered sandbox's database (partitions
-- travel with their partitioned table), with the planner's row estimate (reltuples, summed over
-- the leaf partitions; -1 when never analyzed) to help choosing.
SELECT n.nspname::text AS schema_name,
       c.relname::text AS table_name,
       CASE WHEN c.relkind = 'p'
            THEN coalesce((SELECT sum(greatest(l.reltuples, 0))
                           FROM pg_partition_tree(c.oid) pt JOIN pg_class l ON l.oid = pt.relid
                           WHERE pt.isleaf), -1)::bigint
            ELSE c.reltuples::bigint END AS estimated_rows
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND n.nspname <> 'information_schema'
  AND n.nspname !~ '^pg_'
ORDER BY 1, 2

-- The user objects a database holds, by kind (only the kinds it has): a restore into a database
-- with any of them needs a typed confirmation, whatever they are. Tables count ordinary,
-- partitioned and foreign tables; views include materialized views; functions include procedures
-- and aggregates; types include domains, enums, ranges and composite types. An extension's own
-- objects count as the extension (plpgsql, in every database, does not count); the public schema
-- itself and what initdb created are no user objects.
WITH user_namespace AS (
    SELECT n.oid
    FROM pg_namespace n
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname !~ '^pg_toast'
      AND n.nspname !~ '^pg_temp_'
),
extension_member AS (
    SELECT d.classid, d.objid FROM pg_depend d WHERE d.deptype = 'e'
),
objects AS (
    SELECT CASE WHEN c.relkind IN ('r', 'p', 'f') THEN 'table'
                WHEN c.relkind IN ('v', 'm') THEN 'view'
                WHEN c.relkind = 'S' THEN 'sequence'
                ELSE 'type' END AS kind
    FROM pg_class c
    WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S', 'c')
      AND c.relnamespace IN (SELECT oid FROM user_namespace)
      AND (('pg_class'::regclass, c.oid) NOT IN (SELECT classid, objid FROM extension_member))
    UNION ALL
    SELECT 'function'
    FROM pg_proc p
    WHERE p.pronamespace IN (SELECT oid FROM user_namespace)
      AND (('pg_proc'::regclass, p.oid) NOT IN (SELECT classid, objid FROM extension_member))
    UNION ALL
    SELECT 'type'
    FROM pg_type t
    WHERE t.typtype IN ('b', 'd', 'e', 'r')
      AND t.typnamespace IN (SELECT oid FROM user_namespace)
      AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)
      AND (('pg_type'::regclass, t.oid) NOT IN (SELECT classid, objid FROM extension_member))
    UNION ALL
    SELECT 'large object' FROM pg_largeobject_metadata
    UNION ALL
    SELECT 'schema'
    FROM pg_namespace n
    WHERE n.oid IN (SELECT oid FROM user_namespace)
      AND n.nspname <> 'public'
      AND (('pg_namespace'::regclass, n.oid) NOT IN (SELECT classid, objid FROM extension_member))
    UNION ALL
    SELECT 'extension' FROM pg_extension x WHERE x.extname <> 'plpgsql'
    UNION ALL
    SELECT 'other'
    FROM (SELECT 'pg_operator'::regclass AS classid, o.oid FROM pg_operator o
          WHERE o.oprnamespace IN (SELECT oid FROM user_namespace)
          UNION ALL
          SELECT 'pg_collation'::regclass, c.oid FROM pg_collation c
          WHERE c.collnamespace IN (SELECT oid FROM user_namespace)
          UNION ALL
          SELECT 'pg_conversion'::regclass, c.oid FROM pg_conversion c
          WHERE c.connamespace IN (SELECT oid FROM user_namespace)
          UNION ALL
          SELECT 'pg_ts_config'::regclass, c.oid FROM pg_ts_config c
          WHERE c.cfgnamespace IN (SELECT oid FROM user_namespace)
          UNION ALL
          SELECT 'pg_ts_dict'::regclass, d.oid FROM pg_ts_dict d
          WHERE d.dictnamespace IN (SELECT oid FROM user_namespace)
          UNION ALL
          SELECT 'pg_event_trigger'::regclass, e.oid FROM pg_event_trigger e
          UNION ALL
          SELECT 'pg_foreign_data_wrapper'::regclass, w.oid FROM pg_foreign_data_wrapper w
          UNION ALL
          SELECT 'pg_foreign_server'::regclass, s.oid FROM pg_foreign_server s
          UNION ALL
          SELECT 'pg_publication'::regclass, p.oid FROM pg_publication p
          UNION ALL
          SELECT 'pg_cast'::regclass, c.oid FROM pg_cast c WHERE c.oid >= 16384) o
    WHERE ((o.classid, o.oid) NOT IN (SELECT classid, objid FROM extension_member))
)
SELECT kind, count(*) AS objects
FROM objects
GROUP BY kind
ORDER BY kind <> 'table', kind

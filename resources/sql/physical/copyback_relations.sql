-- Copy back from a recovered sandbox: a table ($1 schema, $2 name) and the relations whose
-- schema-wide names travel with it: the partitions of a partitioned table (at every level), the
-- indexes of all of them (they carry their constraints' names) and the sequences they own
-- through serial or identity columns. The table first; no row: no such table. schema_name tells
-- a partition kept in another schema; is_partition, a table that is itself a partition.
WITH RECURSIVE t AS (
    SELECT c.oid, c.relkind
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = $1::text AND c.relname = $2::text
), tree AS (
    SELECT t.oid, t.relkind, 0 AS depth FROM t
    UNION ALL
    SELECT c.oid, c.relkind, tree.depth + 1
    FROM tree
    JOIN pg_inherits i ON i.inhparent = tree.oid
    JOIN pg_class c ON c.oid = i.inhrelid
    WHERE tree.relkind = 'p'
)
SELECT CASE WHEN tree.depth = 0 THEN 'table' ELSE 'partition' END AS kind, c.relname::text AS name,
       c.relkind::text AS relkind, n.nspname::text AS schema_name, c.relispartition AS is_partition,
       CASE WHEN tree.depth = 0 THEN 0 ELSE 1 END AS position
FROM tree JOIN pg_class c ON c.oid = tree.oid JOIN pg_namespace n ON n.oid = c.relnamespace
UNION ALL
SELECT 'index', i.relname::text, i.relkind::text, n.nspname::text, false, 2
FROM pg_index x JOIN tree ON x.indrelid = tree.oid JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_namespace n ON n.oid = i.relnamespace
UNION ALL
SELECT 'sequence', s.relname::text, s.relkind::text, n.nspname::text, false, 3
FROM pg_depend d JOIN tree ON d.refobjid = tree.oid JOIN pg_class s ON s.oid = d.objid
JOIN pg_namespace n ON n.oid = s.relnamespace
WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
  AND s.relkind = 'S' AND d.deptype IN ('a', 'i')
ORDER BY position, name

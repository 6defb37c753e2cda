-- Copy back from a recovered sandbox: a table ($1 schema, $2 name) and the relations whose
-- schema-wide names travel with it (its indexes, which carry their constraints' names, and the
-- sequences it owns through serial or identity columns). The table first; no row: no such table.
WITH t AS (
    SELECT c.oid, c.relkind
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = $1::text AND c.relname = $2::text
)
SELECT 'table' AS kind, c.relname::text AS name, c.relkind::text AS relkind, 0 AS position
FROM pg_class c JOIN t ON t.oid = c.oid
UNION ALL
SELECT 'index', i.relname::text, i.relkind::text, 1
FROM pg_index x JOIN t ON x.indrelid = t.oid JOIN pg_class i ON i.oid = x.indexrelid
UNION ALL
SELECT 'sequence', s.relname::text, s.relkind::text, 2
FROM pg_depend d JOIN t ON d.refobjid = t.oid JOIN pg_class s ON s.oid = d.objid
WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
  AND s.relkind = 'S' AND d.deptype IN ('a', 'i')
ORDER BY position, name

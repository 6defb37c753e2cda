-- Which objects of a restore's table of contents already exist in the target database, i.e. what
-- pg_restore --clean --if-exists will drop. $1 kinds (TOC types), $2 schemas, $3 names, as arrays
-- of equal length; functions are matched by name (any argument list).
WITH wanted AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS w(kind, schema_name, object_name)
)
SELECT w.kind, w.schema_name, w.object_name
FROM wanted w
WHERE (w.kind IN ('TABLE', 'VIEW', 'MATERIALIZED VIEW', 'SEQUENCE', 'FOREIGN TABLE')
       AND EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = w.schema_name AND c.relname = w.object_name))
   OR (w.kind IN ('FUNCTION', 'PROCEDURE', 'AGGREGATE')
       AND EXISTS (SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                   WHERE n.nspname = w.schema_name AND p.proname = w.object_name))
   OR (w.kind IN ('TYPE', 'DOMAIN')
       AND EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                   WHERE n.nspname = w.schema_name AND t.typname = w.object_name))
   OR (w.kind = 'SCHEMA' AND EXISTS (SELECT 1 FROM pg_namespace n WHERE n.nspname = w.object_name))
ORDER BY w.schema_name, w.kind, w.object_name

-- How many objects each role owns in the current database, by kind (for "owns nothing" and the
-- role's detail pane).
SELECT owner::bigint AS owner, kind, count(*)::int AS objects
FROM (SELECT c.relowner AS owner, CASE c.relkind WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view'
                                   WHEN 'm' THEN 'materialized view' WHEN 'i' THEN 'index' ELSE 'table' END AS kind
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
        AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
      UNION ALL
      SELECT nspowner, 'schema' FROM pg_namespace
      WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND nspname NOT LIKE 'pg\_%'
      UNION ALL
      SELECT p.proowner, 'function' FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
      UNION ALL
      SELECT t.typowner, 'type' FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
        AND t.typtype IN ('c', 'd', 'e', 'r', 'm') AND t.typrelid = 0
      UNION ALL
      SELECT defaclrole, 'default privileges' FROM pg_default_acl) o
GROUP BY owner, kind

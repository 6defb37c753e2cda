-- Every privilege granted in the current database, exploded server-side: schemas, tables and
-- views, sequences, columns, functions, and default privileges. Names come raw (the client
-- quotes them); grantee 0 is PUBLIC. A NULL ACL is the object's built-in default (acldefault),
-- so the owner's implicit rights and PUBLIC's EXECUTE on functions are included. from_extension:
-- the object belongs to an extension (its grants came with it).
SELECT 'schema' AS kind, n.nspname AS schema, '' AS name, '' AS sub, a.grantee::bigint AS grantee,
       a.grantor::bigint AS grantor, a.privilege_type, a.is_grantable,
       EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e') AS from_extension
FROM pg_namespace n, aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
UNION ALL
SELECT CASE WHEN c.relkind = 'S' THEN 'sequence' ELSE 'table' END, n.nspname, c.relname, '',
       a.grantee::bigint, a.grantor::bigint, a.privilege_type, a.is_grantable,
       EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace,
     aclexplode(coalesce(c.relacl, acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char", c.relowner))) a
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
UNION ALL
SELECT 'column', n.nspname, c.relname, t.attname, a.grantee::bigint, a.grantor::bigint, a.privilege_type, a.is_grantable,
       EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
FROM pg_attribute t
JOIN pg_class c ON c.oid = t.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace,
     aclexplode(t.attacl) a
WHERE t.attacl IS NOT NULL AND NOT t.attisdropped AND t.attnum > 0
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
UNION ALL
SELECT 'function', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid), a.grantee::bigint,
       a.grantor::bigint, a.privilege_type, a.is_grantable,
       EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace,
     aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
UNION ALL
SELECT 'default ' || CASE d.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences' WHEN 'f' THEN 'functions'
                                          WHEN 'T' THEN 'types' ELSE 'schemas' END,
       coalesce(n.nspname, ''), pg_get_userbyid(d.defaclrole), '',
       a.grantee::bigint, a.grantor::bigint, a.privilege_type, a.is_grantable, false
FROM pg_default_acl d
LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace,
     aclexplode(d.defaclacl) a

-- Is pg_stat_statements usable here? Installed version and schema (NULL when not installed in this
-- database), whether the server has it at all, and shared_preload_libraries (NULL when we may not
-- read it: pg_settings hides superuser-only settings instead of failing).
SELECT
    e.extversion AS version,
    n.nspname AS schema,
    EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_stat_statements') AS available,
    (SELECT setting FROM pg_settings WHERE name = 'shared_preload_libraries') AS preload
FROM (SELECT 1) AS one
LEFT JOIN pg_extension e ON e.extname = 'pg_stat_statements'
LEFT JOIN pg_namespace n ON n.oid = e.extnamespace

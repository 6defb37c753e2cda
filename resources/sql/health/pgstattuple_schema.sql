-- The schema of the pgstattuple extension in this database, if it is installed and this role may
-- call pgstattuple_approx (superuser, pg_stat_scan_tables or a grant). The privilege is checked
-- by the function's oid: a text signature would be evaluated for every schema. $1 none.
SELECT DISTINCT n.nspname
FROM pg_extension e
JOIN pg_namespace n ON n.oid = e.extnamespace
JOIN pg_proc p ON p.pronamespace = e.extnamespace AND p.proname = 'pgstattuple_approx'
WHERE e.extname = 'pgstattuple' AND has_function_privilege(p.oid, 'EXECUTE')

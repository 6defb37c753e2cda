-- Settings per role and per database (ALTER ROLE ... IN DATABASE ... SET, ALTER DATABASE ... SET).
SELECT coalesce(d.datname, '') AS datname, coalesce(r.rolname, '') AS rolname,
       array_to_string(s.setconfig, E'\n') AS setconfig
FROM pg_db_role_setting s
LEFT JOIN pg_database d ON d.oid = s.setdatabase
LEFT JOIN pg_roles r ON r.oid = s.setrole
ORDER BY 1, 2

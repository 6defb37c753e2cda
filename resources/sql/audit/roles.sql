-- Every role with its attributes and cluster-wide settings (pg_roles is readable by everyone;
-- the password itself is not: see audit/passwords). sessions: connected right now.
SELECT r.oid::bigint AS oid, r.rolname, r.rolsuper, r.rolinherit, r.rolcreaterole, r.rolcreatedb,
       r.rolcanlogin, r.rolreplication, r.rolbypassrls, r.rolconnlimit,
       to_char(r.rolvaliduntil AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS rolvaliduntil,
       array_to_string(r.rolconfig, E'\n') AS rolconfig,
       r.rolname LIKE 'pg\_%' AS predefined,
       coalesce(a.sessions, 0)::int AS sessions
FROM pg_roles r
LEFT JOIN (SELECT usesysid, count(*) AS sessions FROM pg_stat_activity GROUP BY usesysid) a ON a.usesysid = r.oid
ORDER BY r.rolname

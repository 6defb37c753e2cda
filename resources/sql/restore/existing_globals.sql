-- Which of the globals of a backup exist on the server already: the roles named in $1, the
-- memberships among them (member, granted role) and the tablespaces named in $2 (text arrays).
SELECT 'role' AS kind, r.rolname::text AS name, NULL::text AS granted
FROM pg_roles r
WHERE r.rolname = ANY ($1::text[])
UNION ALL
SELECT 'membership', m.rolname::text, g.rolname::text
FROM pg_auth_members a
JOIN pg_roles m ON m.oid = a.member
JOIN pg_roles g ON g.oid = a.roleid
WHERE m.rolname = ANY ($1::text[])
UNION ALL
SELECT 'tablespace', t.spcname::text, NULL
FROM pg_tablespace t
WHERE t.spcname = ANY ($2::text[])

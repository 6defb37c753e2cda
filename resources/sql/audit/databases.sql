-- The databases to visit, whether we may connect, and their exploded ACL (NULL ACL means the
-- built-in default: CONNECT and TEMPORARY for PUBLIC, everything for the owner).
SELECT d.datname, d.datallowconn, has_database_privilege(d.datname, 'CONNECT') AS can_connect,
       pg_get_userbyid(d.datdba) AS owner,
       coalesce((SELECT string_agg(a.grantee::bigint || ':' || a.grantor::bigint || ':' || a.privilege_type || ':'
                                   || a.is_grantable::int, ',')
                 FROM aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a), '') AS acl
FROM pg_database d
WHERE NOT d.datistemplate
ORDER BY d.datname

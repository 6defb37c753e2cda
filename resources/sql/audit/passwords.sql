-- How each role's password is stored, never the password or verifier itself. Needs SELECT on
-- pg_authid (superuser by default).
SELECT a.oid::bigint AS oid,
       CASE WHEN a.rolpassword IS NULL THEN 'none'
            WHEN a.rolpassword LIKE 'md5%' THEN 'md5'
            WHEN a.rolpassword LIKE 'SCRAM-SHA-256$%' THEN 'scram-sha-256'
            ELSE 'plain' END AS method
FROM pg_authid a

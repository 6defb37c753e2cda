-- Direct memberships before PostgreSQL 16: only ADMIN is per grant; inheriting follows the
-- member's rolinherit and SET is always possible.
SELECT m.roleid::bigint AS roleid, m.member::bigint AS member, m.grantor::bigint AS grantor, m.admin_option,
       r.rolinherit AS inherit_option, true AS set_option
FROM pg_auth_members m
JOIN pg_roles r ON r.oid = m.member

-- Direct memberships from PostgreSQL 16: ADMIN, INHERIT and SET are options of each grant.
SELECT m.roleid::bigint AS roleid, m.member::bigint AS member, m.grantor::bigint AS grantor, m.admin_option,
       m.inherit_option, m.set_option
FROM pg_auth_members m

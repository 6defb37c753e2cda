-- What a backup records about the server and decides on: version, standby or not (no snapshot
-- export in recovery), and whether we are superuser (pg_dumpall --no-role-passwords otherwise).
SELECT current_setting('server_version') AS server_version,
       current_setting('server_version_num')::int AS server_version_num,
       pg_is_in_recovery() AS in_recovery,
       coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false) AS is_superuser,
       current_user AS role_name;

-- What a backup records about the server and decides on: version, standby or not (no snapshot
-- export in recovery), and whether we are superuser (pg_dumpall --no-role-passwords otherwise).
-- One round trip with few catalog reads: it runs first on a fresh backend, where they are cold.
SELECT current_setting('server_version') AS server_version,
       current_setting('server_version_num')::int AS server_version_num,
       pg_is_in_recovery() AS in_recovery,
       current_setting('is_superuser')::bool AS is_superuser,
       current_user AS role_name,
       -- The schemas an unqualified pg_dump -t pattern resolves against, in order (JSON: any name).
       array_to_json(current_schemas(false))::text AS search_path;

-- What the backup wizard needs to know about the connected role and server: the version text
-- and whether pg_dumpall --globals-only may read role passwords (superuser only).
SELECT
    current_setting('server_version') AS server_version,
    coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false) AS superuser

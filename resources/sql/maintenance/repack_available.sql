-- Whether pg_repack (an online alternative to VACUUM FULL) can be used on this server.
SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_repack') AS available;

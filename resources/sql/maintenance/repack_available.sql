-- Whether pg_repack (an online alternative to VACUUM FULL) can be used: available on this server
-- (its package is there) and installed in this database (CREATE EXTENSION pg_repack done).
SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_repack') AS available,
       EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_repack') AS installed

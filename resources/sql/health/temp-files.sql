-- Databases that wrote more than $1 bytes of temporary files since the statistics were reset.
SELECT datname, temp_files, temp_bytes::float8 AS value, stats_reset
FROM pg_stat_database
WHERE datname IS NOT NULL AND temp_bytes >= $1::bigint
ORDER BY temp_bytes DESC;

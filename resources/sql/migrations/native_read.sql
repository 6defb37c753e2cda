SELECT version, name, checksum, applied_at, applied_by, duration_ms, success, sql_text
FROM pgsteward_migrations
ORDER BY applied_at, version;

SELECT version, description, installed_on, success, encode(checksum, 'hex') AS checksum, execution_time
FROM _sqlx_migrations
ORDER BY version;

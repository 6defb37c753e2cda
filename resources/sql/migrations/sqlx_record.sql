-- As sqlx records it (execution_time in nanoseconds); success false marks a started or failed
-- no-transaction script, which sqlx then reports as dirty.
INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
VALUES ($1::bigint, $2, $3::boolean, decode($4, 'hex'), $5::bigint)
ON CONFLICT (version) DO UPDATE
SET description = excluded.description, success = excluded.success, checksum = excluded.checksum,
    execution_time = excluded.execution_time, installed_on = now();

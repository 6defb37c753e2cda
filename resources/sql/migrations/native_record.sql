-- Records a migration as applied ($6 true) or as started / failed ($6 false).
INSERT INTO pgsteward_migrations (version, name, checksum, duration_ms, success, sql_text)
VALUES ($1, $2, $3, $4, $6, $5)
ON CONFLICT (version) DO UPDATE
SET name = excluded.name, checksum = excluded.checksum, applied_at = now(), applied_by = current_user,
    duration_ms = excluded.duration_ms, success = excluded.success, sql_text = excluded.sql_text;

CREATE INDEX IF NOT EXISTS "flyway_schema_history_s_idx" ON flyway_schema_history ("success");

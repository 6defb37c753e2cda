-- pgsteward's own history: the SQL text as applied is kept so that a changed file shows as a diff.
CREATE TABLE IF NOT EXISTS pgsteward_migrations (
    version text PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by text NOT NULL DEFAULT current_user,
    duration_ms bigint,
    success boolean NOT NULL,
    sql_text text NOT NULL
);

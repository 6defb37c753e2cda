-- Whether the database a restore test restores into exists already (e.g. "postgres").
SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1) AS present

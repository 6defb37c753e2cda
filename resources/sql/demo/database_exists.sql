SELECT 1 AS present FROM pg_database WHERE datname = $1

-- One history row as Flyway writes it; installed_by is the database user, as Flyway's default.
INSERT INTO flyway_schema_history
    (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
SELECT coalesce(max(installed_rank), 0) + 1, $1, $2, $3, $4, $5::int, current_user, $6::int, $7::boolean
FROM flyway_schema_history;

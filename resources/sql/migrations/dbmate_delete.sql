DELETE FROM schema_migrations WHERE version = $1::varchar;

DELETE FROM pgsteward_migrations WHERE version = $1;

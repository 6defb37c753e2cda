-- golang-migrate keeps one row: the current version is replaced, never added to.
DELETE FROM schema_migrations;

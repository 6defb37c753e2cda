-- Only so the catalog test can PREPARE alembic_read; pgsteward never creates Alembic's table.
CREATE TABLE IF NOT EXISTS alembic_version (version_num varchar(32) NOT NULL PRIMARY KEY);

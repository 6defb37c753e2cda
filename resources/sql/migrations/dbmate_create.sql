-- As dbmate's postgres driver creates it.
CREATE TABLE IF NOT EXISTS schema_migrations (version varchar(128) PRIMARY KEY);

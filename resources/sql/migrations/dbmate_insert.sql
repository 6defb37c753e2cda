INSERT INTO schema_migrations (version) VALUES ($1::varchar);

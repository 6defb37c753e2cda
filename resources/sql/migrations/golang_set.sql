INSERT INTO schema_migrations (version, dirty) VALUES ($1::bigint, $2::boolean);

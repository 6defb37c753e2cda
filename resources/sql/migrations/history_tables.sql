-- The history tables of the supported tools visible on the search path, with their columns, so
-- that golang-migrate's schema_migrations(version bigint, dirty boolean) is told apart from
-- dbmate's schema_migrations(version varchar).
SELECT t.name AS table_name, a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS column_type
FROM unnest(ARRAY['pgsteward_migrations', 'flyway_schema_history', 'schema_migrations', '_sqlx_migrations',
                  'alembic_version']::text[]) AS t(name)
JOIN pg_attribute a ON a.attrelid = to_regclass(quote_ident(t.name)) AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY t.name, a.attnum;

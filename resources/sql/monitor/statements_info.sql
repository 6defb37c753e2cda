-- When pg_stat_statements was last reset as a whole (pg_stat_statements 1.9, PostgreSQL 14, and
-- later): a changed time between two samples means every entry restarted from zero. The sampler
-- replaces the schema "public." with the extension's schema.
SELECT extract(epoch FROM stats_reset)::float8 AS stats_reset FROM public.pg_stat_statements_info

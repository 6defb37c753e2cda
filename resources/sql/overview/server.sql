-- Server overview: one row. $1 none. Works on PostgreSQL 10+.
SELECT
    current_setting('server_version') AS server_version,
    current_setting('server_version_num')::int AS server_version_num,
    pg_is_in_recovery() AS in_recovery,
    extract(epoch FROM now() - pg_postmaster_start_time())::bigint AS uptime_seconds,
    pg_postmaster_start_time() AS started_at,
    (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend') AS connections_used,
    current_setting('max_connections')::int AS connections_max,
    current_setting('superuser_reserved_connections')::int AS connections_reserved,
    (SELECT count(*) FROM pg_stat_activity
      WHERE backend_type = 'client backend' AND state = 'active') AS connections_active,
    (SELECT CASE WHEN sum(blks_hit + blks_read) > 0
                 THEN sum(blks_hit)::float8 / sum(blks_hit + blks_read) END
       FROM pg_stat_database) AS cache_hit_ratio,
    (SELECT sum(xact_commit + xact_rollback) FROM pg_stat_database) AS transactions_total,
    current_database() AS current_database,
    current_user AS current_user,
    inet_server_addr()::text AS server_address

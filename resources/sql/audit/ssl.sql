-- Client connections over TCP and whether they use SSL. Rows of other roles' sessions are only
-- complete for superusers and members of pg_read_all_stats.
SELECT count(*) FILTER (WHERE NOT coalesce(s.ssl, false))::int AS without_ssl, count(*)::int AS tcp_sessions,
       (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
       OR pg_has_role(current_user, 'pg_read_all_stats', 'USAGE') AS sees_all
FROM pg_stat_activity a
LEFT JOIN pg_stat_ssl s ON s.pid = a.pid
WHERE a.backend_type = 'client backend' AND a.client_addr IS NOT NULL

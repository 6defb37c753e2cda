-- Replication lag per standby in seconds (NULL while a standby has nothing to catch up). $1 none.
SELECT
    coalesce(application_name, '') AS name,
    coalesce(client_addr::text, '') AS client,
    coalesce(state, '') AS state,
    extract(epoch FROM write_lag)::float8 AS write_lag,
    extract(epoch FROM flush_lag)::float8 AS flush_lag,
    extract(epoch FROM replay_lag)::float8 AS replay_lag
FROM pg_stat_replication
ORDER BY 1, 2

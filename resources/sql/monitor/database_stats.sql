-- Cumulative counters per database (pg_stat_database) with the size where we may CONNECT and the
-- server clock, so rates use the server's elapsed time. $1: whether to read the sizes
-- (pg_database_size stats every file of a database: live ticks, which chart no size, skip it).
SELECT
    d.oid::bigint AS datid,
    d.datname AS name,
    d.datistemplate AS is_template,
    extract(epoch FROM clock_timestamp())::float8 AS taken_at,
    s.xact_commit, s.xact_rollback,
    s.tup_returned, s.tup_fetched, s.tup_inserted, s.tup_updated, s.tup_deleted,
    s.blks_hit, s.blks_read, s.temp_bytes, s.deadlocks,
    extract(epoch FROM s.stats_reset)::float8 AS stats_reset,
    CASE WHEN $1::boolean AND has_database_privilege(d.oid, 'CONNECT') THEN pg_database_size(d.oid) END AS size_bytes,
    age(d.datfrozenxid) AS xid_age
FROM pg_database d
JOIN pg_stat_database s ON s.datid = d.oid
ORDER BY d.datname

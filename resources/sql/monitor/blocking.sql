-- Who blocks whom: each waiting lock with the sessions pg_blocking_pids() names, the mode wanted,
-- the mode held (NULL when the blocker only queues ahead) and the relation. Capped at $1 rows.
WITH waiting AS (
    SELECT * FROM pg_locks WHERE NOT granted
)
SELECT
    w.pid AS blocked_pid,
    bp.pid AS blocking_pid,
    w.locktype,
    w.mode AS wanted_mode,
    (SELECT string_agg(DISTINCT b.mode, ',') FROM pg_locks b
      WHERE b.pid = bp.pid AND b.granted AND b.locktype = w.locktype
        AND b.database IS NOT DISTINCT FROM w.database AND b.relation IS NOT DISTINCT FROM w.relation
        AND b.page IS NOT DISTINCT FROM w.page AND b.tuple IS NOT DISTINCT FROM w.tuple
        AND b.transactionid IS NOT DISTINCT FROM w.transactionid
        AND b.virtualxid IS NOT DISTINCT FROM w.virtualxid) AS held_mode,
    CASE WHEN w.relation IS NOT NULL THEN w.relation::regclass::text END AS relation,
    count(*) OVER () AS total
FROM waiting w
CROSS JOIN LATERAL unnest(pg_blocking_pids(w.pid)) AS bp(pid)
ORDER BY w.pid, bp.pid
LIMIT $1::int

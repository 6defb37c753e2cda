-- Who blocks whom: each waiting lock with the sessions pg_blocking_pids() names, the mode wanted,
-- the modes the blocker holds on the same object (NULL when it only queues ahead), the relation,
-- and both sessions' state and query. Capped at $1 rows; total counts every edge.
-- A row-lock wait is a wait on the holder's transaction id (no relation); the first waiter holds
-- the row's tuple lock, which names the relation, so that is shown instead.
-- pg_locks is read once (MATERIALIZED): with tens of thousands of locks a correlated subquery
-- per edge would rebuild it for every row.
WITH locks AS MATERIALIZED (
    SELECT locktype, database, relation, page, tuple, virtualxid, transactionid, classid, objid, objsubid,
           pid, mode, granted
    FROM pg_locks
),
edges AS (
    SELECT w.*, bp.pid AS blocking_pid
    FROM locks w
    CROSS JOIN LATERAL unnest(pg_blocking_pids(w.pid)) AS bp(pid)
    WHERE NOT w.granted
),
held AS (
    SELECT e.pid, e.blocking_pid, string_agg(DISTINCT h.mode, ',') AS held_mode
    FROM edges e
    JOIN locks h ON h.pid = e.blocking_pid AND h.granted AND h.locktype = e.locktype
        AND h.database IS NOT DISTINCT FROM e.database AND h.relation IS NOT DISTINCT FROM e.relation
        AND h.page IS NOT DISTINCT FROM e.page AND h.tuple IS NOT DISTINCT FROM e.tuple
        AND h.transactionid IS NOT DISTINCT FROM e.transactionid
        AND h.virtualxid IS NOT DISTINCT FROM e.virtualxid
        AND h.classid IS NOT DISTINCT FROM e.classid AND h.objid IS NOT DISTINCT FROM e.objid
        AND h.objsubid IS NOT DISTINCT FROM e.objsubid
    GROUP BY e.pid, e.blocking_pid
),
tuple_holds AS (
    SELECT DISTINCT ON (pid) pid, relation, database FROM locks WHERE locktype = 'tuple' AND granted ORDER BY pid, relation
)
SELECT
    e.pid AS blocked_pid,
    e.blocking_pid,
    e.locktype,
    e.mode AS wanted_mode,
    held.held_mode,
    -- regclass names only relations of our own database (or shared ones); for another database
    -- relation_database says where relation_oid has to be named.
    CASE WHEN e.database IN (0, here.oid) OR tuple_holds.relation IS NOT NULL AND e.locktype = 'transactionid'
                 AND tuple_holds.database = here.oid
         THEN coalesce(e.relation, tuple_holds.relation)::regclass::text END AS relation,
    coalesce(e.relation, tuple_holds.relation)::int8 AS relation_oid,
    CASE WHEN coalesce(e.relation, tuple_holds.relation) IS NOT NULL
         THEN (SELECT datname FROM pg_database WHERE oid = coalesce(tuple_holds.database, e.database)) END
        AS relation_database,
    coalesce(blocker.state, '') AS blocking_state,
    coalesce(blocker.query, '') AS blocking_query,
    coalesce(waiter.state, '') AS blocked_state,
    coalesce(waiter.query, '') AS blocked_query,
    count(*) OVER () AS total
FROM edges e
CROSS JOIN (SELECT oid FROM pg_database WHERE datname = current_database()) here
LEFT JOIN held ON held.pid = e.pid AND held.blocking_pid = e.blocking_pid
LEFT JOIN tuple_holds ON tuple_holds.pid = e.pid AND e.locktype = 'transactionid'
LEFT JOIN pg_stat_activity blocker ON blocker.pid = e.blocking_pid
LEFT JOIN pg_stat_activity waiter ON waiter.pid = e.pid
ORDER BY e.pid, e.blocking_pid
LIMIT $1::int

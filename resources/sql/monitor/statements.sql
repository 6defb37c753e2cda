-- The counters of every entry (so a statement that turns hot between two samples has a baseline),
-- the text only for the top $2 by total time and by calls, plus totals over all entries. The total
-- time column is total_exec_time since pg_stat_statements 1.8 and total_time before: $1 names it
-- (read through to_jsonb, so one text works for both). The sampler replaces the schema "public."
-- with the extension's schema.
WITH s AS (
    SELECT p.queryid, p.dbid::bigint AS dbid, p.userid::bigint AS userid, p.calls, p.rows,
           (to_jsonb(p) ->> $1::text)::float8 AS total_ms, p.query
    FROM public.pg_stat_statements p
    WHERE p.queryid IS NOT NULL
), ranked AS (
    SELECT s.*,
           row_number() OVER (ORDER BY total_ms DESC, queryid) AS by_time,
           row_number() OVER (ORDER BY calls DESC, queryid) AS by_calls,
           sum(calls) OVER () AS all_calls,
           sum(total_ms) OVER () AS all_total_ms
    FROM s
)
SELECT queryid, dbid, userid, calls, rows, total_ms,
       CASE WHEN by_time <= $2::bigint OR by_calls <= $2::bigint THEN left(query, 4096) END AS query,
       by_time <= $2::bigint AS top_by_time, by_calls <= $2::bigint AS top_by_calls,
       all_calls, all_total_ms
FROM ranked
ORDER BY total_ms DESC

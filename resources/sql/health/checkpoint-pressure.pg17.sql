-- PostgreSQL 17 moved the checkpoint counters to pg_stat_checkpointer.
-- $1 percent, $2 min_checkpoints.
SELECT num_timed AS timed, num_requested AS requested,
       round(100.0 * num_requested / nullif(num_timed + num_requested, 0), 1)::float8 AS value
FROM pg_stat_checkpointer
WHERE num_timed + num_requested >= $2::bigint
  AND 100.0 * num_requested / nullif(num_timed + num_requested, 0) >= $1::numeric;

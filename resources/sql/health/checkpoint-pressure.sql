-- Checkpoints forced by WAL volume (requested) rather than by checkpoint_timeout, as a percent of
-- all, once $2 min_checkpoints happened. $1 percent.
SELECT checkpoints_timed AS timed, checkpoints_req AS requested,
       round(100.0 * checkpoints_req / nullif(checkpoints_timed + checkpoints_req, 0), 1)::float8 AS value
FROM pg_stat_bgwriter
WHERE checkpoints_timed + checkpoints_req >= $2::bigint
  AND 100.0 * checkpoints_req / nullif(checkpoints_timed + checkpoints_req, 0) >= $1::numeric;

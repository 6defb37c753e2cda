-- Buffer cache hit ratio per database below $1 percent, once $2 min_blocks were read.
SELECT datname, blks_hit, blks_read,
       round(100.0 * blks_hit / nullif(blks_hit + blks_read, 0), 2)::float8 AS value
FROM pg_stat_database
WHERE datname IS NOT NULL AND blks_hit + blks_read >= $2::bigint
  AND 100.0 * blks_hit / nullif(blks_hit + blks_read, 0) < $1::numeric
ORDER BY value;

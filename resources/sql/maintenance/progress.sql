-- Progress of the maintenance command backend $1 runs (PostgreSQL 12: no analyze progress view).
SELECT 'VACUUM' AS command, phase,
       CASE phase WHEN 'vacuuming heap' THEN heap_blks_vacuumed ELSE heap_blks_scanned END AS done,
       heap_blks_total AS total
FROM pg_stat_progress_vacuum WHERE pid = $1::int
UNION ALL
SELECT command, phase,
       CASE WHEN blocks_total > 0 THEN blocks_done ELSE tuples_done END,
       CASE WHEN blocks_total > 0 THEN blocks_total ELSE tuples_total END
FROM pg_stat_progress_create_index WHERE pid = $1::int
UNION ALL
SELECT command, phase, heap_blks_scanned, heap_blks_total
FROM pg_stat_progress_cluster WHERE pid = $1::int;

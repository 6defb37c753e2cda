-- WAL archiving that fails: the last failure is newer than the last success.
SELECT failed_count::float8 AS value, last_failed_wal, last_failed_time, last_archived_wal, last_archived_time
FROM pg_stat_archiver
WHERE current_setting('archive_mode') <> 'off' AND last_failed_time IS NOT NULL
  AND last_failed_time > coalesce(last_archived_time, '-infinity');

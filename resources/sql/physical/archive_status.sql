-- WAL archiving of the server: settings and pg_stat_archiver, times in UTC ISO 8601.
SELECT current_setting('archive_mode') AS archive_mode,
       current_setting('archive_command') AS archive_command,
       a.archived_count,
       a.last_archived_wal,
       to_char(a.last_archived_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS last_archived_time,
       a.failed_count,
       a.last_failed_wal,
       to_char(a.last_failed_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS last_failed_time
FROM pg_stat_archiver a

-- What the rebuild advice needs from the old primary: its data directory (superusers and
-- pg_read_all_settings only; empty otherwise) and whether pg_rewind can work on it. $1 none.
SELECT
    coalesce((SELECT setting FROM pg_settings WHERE name = 'data_directory'), '') AS data_directory,
    current_setting('wal_log_hints') = 'on' OR current_setting('data_checksums') = 'on' AS rewindable

-- What a base backup records about its server: version and WAL segment size (bytes).
SELECT current_setting('server_version_num')::int AS version_num,
       (SELECT setting::bigint FROM pg_settings WHERE name = 'wal_segment_size') AS wal_segment_size

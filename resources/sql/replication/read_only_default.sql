-- The read-only default this session sees now, and what postgresql.auto.conf / the files say
-- (pg_file_settings, readable by superusers; empty otherwise). $1 none.
SELECT
    current_setting('default_transaction_read_only') AS session_value,
    coalesce((SELECT setting FROM pg_file_settings
              WHERE name = 'default_transaction_read_only' AND applied IS NOT FALSE
              ORDER BY seqno DESC LIMIT 1), '') AS file_value

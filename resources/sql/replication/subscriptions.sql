-- Subscriptions of the connected database: enabled, the apply worker's position and lag, and how
-- many tables are in each sync state (i init, d data copy, f finished copy, s synced, r ready).
-- pg_subscription is readable by superusers only; the caller says "not checked" otherwise. $1 none.
SELECT
    s.subname,
    s.subenabled,
    array_to_string(s.subpublications, ', ') AS publications,
    st.pid,
    coalesce(st.received_lsn::text, '') AS received_lsn,
    coalesce(st.latest_end_lsn::text, '') AS latest_end_lsn,
    extract(epoch FROM now() - st.last_msg_receipt_time)::float8 AS last_message_seconds,
    (SELECT count(*) FROM pg_subscription_rel r WHERE r.srsubid = s.oid AND r.srsubstate = 'r') AS tables_ready,
    (SELECT count(*) FROM pg_subscription_rel r WHERE r.srsubid = s.oid AND r.srsubstate <> 'r') AS tables_syncing
FROM pg_subscription s
LEFT JOIN pg_stat_subscription st ON st.subid = s.oid AND st.relid IS NULL
WHERE s.subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())
ORDER BY s.subname

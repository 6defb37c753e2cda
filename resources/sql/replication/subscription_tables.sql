-- The sync state of every table of the subscriptions of the connected database (i initialize,
-- d data copy, f finished table copy, s synchronized, r ready) and the LSN it reached. Superusers
-- only, like subscriptions.sql. $1 none.
SELECT
    s.subname,
    r.srrelid::regclass::text AS table_name,
    r.srsubstate::text AS state,
    coalesce(r.srsublsn::text, '') AS lsn
FROM pg_subscription_rel r
JOIN pg_subscription s ON s.oid = r.srsubid
WHERE s.subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())
ORDER BY s.subname, r.srrelid::regclass::text

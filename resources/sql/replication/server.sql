-- Role of the server in replication, its timeline and WAL position, system identifier (to match
-- profiles of one cluster) and the settings that explain synchronous replication. $1 none.
SELECT
    pg_is_in_recovery() AS in_recovery,
    -- A primary's timeline is the one it writes now (a checkpoint may not have recorded a fresh
    -- promotion yet); a standby's, the one of its last restartpoint.
    CASE WHEN pg_is_in_recovery() THEN (SELECT timeline_id FROM pg_control_checkpoint())
         ELSE ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::int END AS timeline,
    (SELECT system_identifier::text FROM pg_control_system()) AS system_identifier,
    CASE WHEN pg_is_in_recovery() THEN '' ELSE pg_current_wal_lsn()::text END AS current_lsn,
    current_setting('synchronous_standby_names') AS synchronous_standby_names,
    current_setting('synchronous_commit') AS synchronous_commit,
    current_setting('max_wal_senders')::int AS max_wal_senders,
    current_setting('max_replication_slots')::int AS max_replication_slots,
    current_setting('wal_level') AS wal_level,
    -- A standby's walreceiver uses it as its application_name unless primary_conninfo sets one.
    current_setting('cluster_name') AS cluster_name

-- Counters kept with each run, so that the next run can compute rates (XIDs per day).
SELECT CASE WHEN pg_is_in_recovery() THEN NULL ELSE txid_snapshot_xmax(txid_current_snapshot()) END::text AS next_xid,
       now() AS taken_at;

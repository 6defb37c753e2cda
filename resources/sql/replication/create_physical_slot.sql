-- Creates a physical slot that reserves WAL from now on. $1 slot name.
SELECT slot_name::text FROM pg_create_physical_replication_slot($1, true)

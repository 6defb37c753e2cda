-- A physical slot for pg_receivewal, reserving WAL from now on (immediately_reserve), so that
-- nothing written after its creation can be recycled before it is received.
SELECT slot_name::text AS slot_name, lsn::text AS lsn
FROM pg_create_physical_replication_slot($1::name, true)

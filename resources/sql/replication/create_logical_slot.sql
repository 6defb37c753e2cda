-- Creates a logical slot with an output plugin. $1 slot name, $2 plugin.
SELECT slot_name::text FROM pg_create_logical_replication_slot($1, $2)

-- Drops an inactive slot (the server refuses an active one). $1 slot name.
SELECT pg_drop_replication_slot($1)

-- The index CLUSTER uses for table $1 (regclass text): the one marked clustered, else the primary key.
SELECT c.relname AS index_name
FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
WHERE i.indrelid = $1::text::regclass AND i.indisvalid AND (i.indisclustered OR i.indisprimary)
ORDER BY i.indisclustered DESC
LIMIT 1;

-- Names of the relations $1 (an oid array) in the connected database, for blocking edges whose
-- relation lives in another database than the activity view's connection.
SELECT c.oid::int8 AS oid, c.oid::regclass::text AS name
FROM pg_class c
WHERE c.oid = ANY($1::oid[])

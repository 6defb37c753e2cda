-- Databases the backup wizard offers: every database that accepts connections and is not a
-- template, with its size when we may connect to it. $1: include templates (boolean).
SELECT
    d.datname AS name,
    CASE WHEN has_database_privilege(d.oid, 'CONNECT') THEN pg_database_size(d.oid) END AS size_bytes
FROM pg_database d
WHERE d.datallowconn
  AND (NOT d.datistemplate OR $1::boolean)
ORDER BY d.datname

-- extension: pgstattuple
-- Heap bloat measured by pgstattuple_approx (the visibility map plus a scan of the pages that are
-- not all-visible): dead tuples and free space beyond what the table's fillfactor leaves free on
-- purpose. The caller puts the extension's quoted schema in place of @extschema@. Same columns as
-- table-bloat.sql; $1 percent, $2 min_bytes (critical_percent is applied by the caller).
WITH t AS (
    SELECT c.oid, n.nspname, c.relname,
           coalesce((SELECT split_part(o, '=', 2)::int FROM unnest(c.reloptions) o WHERE o LIKE 'fillfactor=%'), 100) AS fillfactor
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'm') AND c.relpersistence <> 't'
      AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast'
      AND pg_relation_size(c.oid) >= greatest($2::numeric, 1)
), a AS (
    SELECT t.nspname, t.relname, s.table_len::numeric AS size_bytes,
           greatest(s.dead_tuple_len + s.approx_free_space - s.table_len * (100 - t.fillfactor) / 100.0, 0) AS bloat
    FROM t CROSS JOIN LATERAL @extschema@.pgstattuple_approx(t.oid) s
)
SELECT nspname AS schema_name, relname AS rel_name,
       round(100 * bloat / size_bytes, 1)::float8 AS value,
       bloat::bigint AS bloat_bytes,
       size_bytes::bigint AS size_bytes,
       'pgstattuple' AS method
FROM a
WHERE size_bytes > 0 AND 100 * bloat / size_bytes >= $1::numeric
ORDER BY bloat_bytes DESC
LIMIT 200

-- Foreign keys whose referencing columns no valid index leads with (in any order): every
-- delete or key update on the referenced table scans the referencing one.
SELECT n.nspname AS schema_name, t.relname AS table_name, k.conname AS constraint_name,
       (SELECT array_agg(a.attname ORDER BY u.ord)::text[] FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum) AS columns,
       pg_relation_size(k.conrelid)::float8 AS table_bytes
FROM pg_constraint k
JOIN pg_class t ON t.oid = k.conrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE k.contype = 'f' AND t.relkind = 'r'
  AND NOT EXISTS (SELECT 1 FROM pg_index i
                  WHERE i.indrelid = k.conrelid AND i.indisvalid AND i.indpred IS NULL
                    AND (i.indkey::int2[])[0:cardinality(k.conkey) - 1] @> k.conkey
                    AND (i.indkey::int2[])[0:cardinality(k.conkey) - 1] <@ k.conkey)
ORDER BY 1, 2, 3
LIMIT 400;

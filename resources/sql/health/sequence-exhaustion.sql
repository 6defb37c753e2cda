-- How much of its range each sequence has used, against the lower of its own limit and the
-- maximum of the column it feeds. $1 percent (critical_percent is applied by the caller).
WITH s AS (
    SELECT q.schemaname, q.sequencename, q.last_value::numeric AS last_value, q.increment_by,
           CASE WHEN q.increment_by > 0 THEN q.max_value ELSE q.min_value END::numeric AS seq_limit,
           q.start_value::numeric AS start_value, q.data_type::text AS seq_type,
           col.table_schema, col.table_name, col.column_name, col.column_type,
           CASE col.column_type WHEN 'smallint' THEN 32767 WHEN 'integer' THEN 2147483647
                WHEN 'bigint' THEN 9223372036854775807 END::numeric AS column_max
    FROM pg_sequences q
    LEFT JOIN LATERAL (
        SELECT tn.nspname AS table_schema, tc.relname AS table_name, a.attname AS column_name,
               format_type(a.atttypid, NULL) AS column_type
        FROM pg_class sc
        JOIN pg_namespace sn ON sn.oid = sc.relnamespace AND sn.nspname = q.schemaname
        JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = sc.oid AND d.refclassid = 'pg_class'::regclass
                        AND d.deptype IN ('a', 'i')
        JOIN pg_class tc ON tc.oid = d.refobjid
        JOIN pg_namespace tn ON tn.oid = tc.relnamespace
        JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
        WHERE sc.relname = q.sequencename
        LIMIT 1) col ON true
    WHERE q.last_value IS NOT NULL
), p AS (
    SELECT s.*,
           CASE WHEN s.increment_by > 0 THEN least(s.seq_limit, coalesce(s.column_max, s.seq_limit))
                ELSE greatest(s.seq_limit, coalesce(-s.column_max - 1, s.seq_limit)) END AS effective_limit
    FROM s
)
SELECT schemaname AS schema_name, sequencename AS sequence_name, table_schema, table_name, column_name, column_type,
       seq_type, last_value::text AS last_value, effective_limit::text AS effective_limit,
       (column_max IS NOT NULL AND abs(effective_limit) >= column_max) AS column_bound,
       round(100 * abs(last_value) / nullif(abs(effective_limit), 0), 2)::float8 AS value
FROM p
WHERE 100 * abs(last_value) / nullif(abs(effective_limit), 0) >= $1::numeric
ORDER BY value DESC
LIMIT 200;

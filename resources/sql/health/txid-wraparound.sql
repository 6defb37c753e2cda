-- Transaction ID age of this database and of its oldest tables, as a percent of the 2^31 IDs
-- before wraparound. $1 percent (critical_percent is applied by the caller).
SELECT 'database' AS kind, NULL::name AS schema_name, NULL::name AS rel_name, age(datfrozenxid)::bigint AS age,
       round(100.0 * age(datfrozenxid) / 2147483648, 2)::float8 AS value
FROM pg_database WHERE datname = current_database() AND 100.0 * age(datfrozenxid) / 2147483648 >= $1::numeric
UNION ALL
SELECT * FROM (
    SELECT 'table', n.nspname, c.relname, age(c.relfrozenxid)::bigint, round(100.0 * age(c.relfrozenxid) / 2147483648, 2)::float8
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'm', 't') AND c.relfrozenxid <> '0'::xid
      AND 100.0 * age(c.relfrozenxid) / 2147483648 >= $1::numeric
    ORDER BY age(c.relfrozenxid) DESC LIMIT 20) oldest;

-- Multixact ID age of this database and of its oldest tables, as a percent of the 2^31 IDs
-- before wraparound. $1 percent (critical_percent is applied by the caller).
SELECT 'database' AS kind, NULL::name AS schema_name, NULL::name AS rel_name, mxid_age(datminmxid)::bigint AS age,
       round(100.0 * mxid_age(datminmxid) / 2147483648, 2)::float8 AS value
FROM pg_database WHERE datname = current_database() AND 100.0 * mxid_age(datminmxid) / 2147483648 >= $1::numeric
UNION ALL
SELECT * FROM (
    SELECT 'table', n.nspname, c.relname, mxid_age(c.relminmxid)::bigint, round(100.0 * mxid_age(c.relminmxid) / 2147483648, 2)::float8
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'm', 't') AND c.relminmxid <> '0'::xid
      AND 100.0 * mxid_age(c.relminmxid) / 2147483648 >= $1::numeric
    ORDER BY mxid_age(c.relminmxid) DESC LIMIT 20) oldest;

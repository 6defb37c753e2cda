-- Copy back: the databases of a recovered sandbox one can copy from.
SELECT datname::text AS name
FROM pg_database
WHERE datallowconn AND NOT datistemplate
ORDER BY 1

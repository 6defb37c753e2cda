-- Databases with their sizes; templates and databases we may not connect to are still listed,
-- with a NULL size when we lack CONNECT (pg_database_size would fail).
SELECT
    d.datname AS name,
    pg_get_userbyid(d.datdba) AS owner,
    pg_encoding_to_char(d.encoding) AS encoding,
    d.datistemplate AS is_template,
    d.datallowconn AS allow_connections,
    CASE WHEN has_database_privilege(d.oid, 'CONNECT') THEN pg_database_size(d.oid) END AS size_bytes,
    s.numbackends AS connections,
    age(d.datfrozenxid) AS xid_age
FROM pg_database d
LEFT JOIN pg_stat_database s ON s.datid = d.oid
ORDER BY d.datistemplate, size_bytes DESC NULLS LAST, d.datname

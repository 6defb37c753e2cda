-- Publications of the connected database with the tables they publish. $1 none.
SELECT
    p.pubname,
    p.puballtables,
    coalesce(array_to_string(array_agg(quote_ident(t.schemaname) || '.' || quote_ident(t.tablename)
                                       ORDER BY t.schemaname, t.tablename)
                             FILTER (WHERE t.tablename IS NOT NULL), ', '), '') AS tables,
    count(t.tablename) AS table_count
FROM pg_publication p
LEFT JOIN pg_publication_tables t ON t.pubname = p.pubname
GROUP BY p.pubname, p.puballtables
ORDER BY p.pubname

-- Size and estimated rows of the tables a migration touches ($1: names as written, unquoted,
-- "schema.table" or "table" resolved on the search path), for the lint's judgement.
SELECT n.name AS wanted, c.oid::regclass::text AS relation, pg_total_relation_size(c.oid) AS bytes,
       CASE WHEN c.reltuples >= 0 THEN c.reltuples::bigint END AS estimated_rows -- NULL: never analyzed
FROM unnest($1::text[]) AS n(name)
JOIN pg_class c ON c.oid = to_regclass(n.name)
WHERE c.relkind IN ('r', 'p', 'm');

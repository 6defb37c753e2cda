-- Indexes another index of the same table makes redundant: the same definition (columns,
-- operator classes, expressions, predicate), or a plain b-tree whose columns lead a longer one.
-- The redundant one is never one that backs a constraint. Set-based: one hash join on the
-- table, constraint-backed indexes from one scan of pg_constraint.
WITH backing AS (
    SELECT DISTINCT conindid FROM pg_constraint WHERE conindid <> 0
), x AS (
    SELECT i.indexrelid, i.indrelid, i.indkey::text AS keys, i.indclass::text AS classes,
           coalesce(pg_get_expr(i.indexprs, i.indrelid), '') AS exprs, coalesce(pg_get_expr(i.indpred, i.indrelid), '') AS pred,
           i.indisunique, c.relam, n.nspname, c.relname, c.relpages,
           b.conindid IS NOT NULL AS constrained
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN backing b ON b.conindid = i.indexrelid
    WHERE i.indisvalid AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast'
), pairs AS (
    SELECT DISTINCT ON (a.indexrelid)
           a.nspname AS schema_name, a.relname AS index_name, b.relname AS kept_index, a.indrelid,
           CASE WHEN a.keys = b.keys THEN 'same' ELSE 'prefix' END AS kind, a.indexrelid
    FROM x a
    JOIN x b ON b.indrelid = a.indrelid AND b.indexrelid <> a.indexrelid AND b.relam = a.relam
    WHERE NOT a.constrained AND a.exprs = b.exprs AND a.pred = b.pred
      AND ((a.keys = b.keys AND a.classes = b.classes AND (b.indisunique OR NOT a.indisunique)
            AND (b.constrained OR b.indisunique > a.indisunique OR a.indexrelid > b.indexrelid))
           OR (a.exprs = '' AND NOT a.indisunique AND a.relam = (SELECT oid FROM pg_am WHERE amname = 'btree')
               AND b.keys LIKE a.keys || ' %' AND b.classes LIKE a.classes || ' %'))
    ORDER BY a.indexrelid, b.indisunique DESC
)
SELECT p.schema_name, p.index_name, p.kept_index, t.relname AS table_name, p.kind,
       pg_relation_size(p.indexrelid)::float8 AS value
FROM pairs p JOIN pg_class t ON t.oid = p.indrelid
ORDER BY value DESC
LIMIT 200;

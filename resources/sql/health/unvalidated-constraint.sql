-- CHECK and FOREIGN KEY constraints added NOT VALID and never validated.
SELECT n.nspname AS schema_name, t.relname AS table_name, k.conname AS constraint_name,
       CASE k.contype WHEN 'f' THEN 'foreign key' ELSE 'check' END AS kind
FROM pg_constraint k
JOIN pg_class t ON t.oid = k.conrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE NOT k.convalidated AND k.contype IN ('c', 'f') AND t.relkind IN ('r', 'p')
ORDER BY 1, 2, 3;

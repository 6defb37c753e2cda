-- Installed extensions and untrusted procedural languages of the current database.
SELECT 'extension' AS kind, e.extname AS name FROM pg_extension e
UNION ALL
SELECT 'untrusted language', l.lanname FROM pg_language l
WHERE NOT l.lanpltrusted AND l.lanname NOT IN ('internal', 'c')

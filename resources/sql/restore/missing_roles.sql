-- Which of the role names $1 (a text array) do not exist on the server, in the order given: before
-- a restore into a throwaway cluster, the roles a dump names are created first.
SELECT r.name
FROM unnest($1::text[]) WITH ORDINALITY AS r(name, position)
WHERE NOT EXISTS (SELECT 1 FROM pg_roles a WHERE a.rolname = r.name)
ORDER BY r.position

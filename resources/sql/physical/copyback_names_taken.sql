-- Copy back: which of the names $2 are taken in the schema $1 (a relation or a type: a new table
-- brings a row type of its name), and whether the schema exists at all.
SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1::text) AS schema_exists,
       coalesce((SELECT string_agg(w.name, ', ' ORDER BY w.name)
                 FROM unnest($2::text[]) AS w(name)
                 WHERE EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                               WHERE n.nspname = $1::text AND c.relname = w.name)
                    OR EXISTS (SELECT 1 FROM pg_type ty JOIN pg_namespace n ON n.oid = ty.typnamespace
                               WHERE n.nspname = $1::text AND ty.typname = w.name)), '') AS taken

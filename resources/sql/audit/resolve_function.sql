-- A function signature as the user typed it, resolved and quoted by the server (also checks
-- that it exists and the argument types are valid).
SELECT $1::text::regprocedure::text AS signature

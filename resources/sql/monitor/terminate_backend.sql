-- Terminates backend $1.
SELECT pg_terminate_backend($1::int) AS signalled

-- Cancels the running query of backend $1.
SELECT pg_cancel_backend($1::int) AS signalled

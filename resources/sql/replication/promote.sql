-- Promotes this standby; waits up to $1 seconds for the promotion to finish. $1 wait seconds.
SELECT pg_promote(true, $1::int) AS promoted

-- A session-level advisory lock per database and history table ($1: the history table's name).
SELECT pg_try_advisory_lock(hashtextextended('pgsteward-migrations:' || current_database() || ':' || $1::text, 0)) AS locked;

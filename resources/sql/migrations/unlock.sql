SELECT pg_advisory_unlock(hashtextextended('pgsteward-migrations:' || current_database() || ':' || $1::text, 0)) AS unlocked;

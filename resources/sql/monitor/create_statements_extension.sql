-- Installs pg_stat_statements in the connected database (the library is already preloaded: the
-- sampler offers this only then). IF NOT EXISTS: a second click or another client got there first.
CREATE EXTENSION IF NOT EXISTS pg_stat_statements

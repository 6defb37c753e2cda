-- A restore target database by name ($1): whether it exists, its encoding, and whether others
-- are connected to it (relevant before DROP DATABASE on cancel). No row: it does not exist.
SELECT d.datname::text AS name,
       pg_encoding_to_char(d.encoding) AS encoding,
       (SELECT count(*) FROM pg_stat_activity a WHERE a.datname = d.datname) AS sessions
FROM pg_database d
WHERE d.datname = $1

-- Makes the server (and every session) read its configuration files again. $1 none.
SELECT pg_reload_conf() AS reloaded

-- Databases a health run connects to (template0 and others that refuse connections are skipped).
SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate ORDER BY datname;

-- What the connected role may read: decides which sources the audit reports as "not checked".
SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
       has_table_privilege('pg_authid', 'SELECT') AS read_authid,
       pg_has_role(current_user, 'pg_read_all_settings', 'USAGE') AS read_all_settings,
       has_function_privilege('pg_hba_file_rules()', 'EXECUTE') AS read_hba

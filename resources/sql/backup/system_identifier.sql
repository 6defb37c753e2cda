-- May be denied to roles without pg_read_all_settings / superuser; the caller leaves it empty then.
SELECT system_identifier::text AS system_identifier FROM pg_control_system();

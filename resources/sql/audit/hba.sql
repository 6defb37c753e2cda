-- The parsed pg_hba.conf as the server sees it (superuser only by default).
SELECT line_number, type, array_to_string(database, ',') AS database, array_to_string(user_name, ',') AS user_name,
       coalesce(address, '') AS address, coalesce(netmask, '') AS netmask, coalesce(auth_method, '') AS auth_method,
       coalesce(array_to_string(options, ' '), '') AS options, coalesce(error, '') AS error
FROM pg_hba_file_rules
ORDER BY line_number

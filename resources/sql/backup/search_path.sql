-- The schemas an unqualified pg_dump -t pattern resolves against, in order.
SELECT s.schema_name::text AS schema_name
FROM unnest(current_schemas(false)) WITH ORDINALITY AS s(schema_name, position)
ORDER BY s.position;

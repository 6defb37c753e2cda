-- The settings the audit checks. A setting the role may not see is absent from pg_settings.
SELECT name, setting, coalesce(unit, '') AS unit
FROM pg_settings
WHERE name = ANY ($1::text[])

-- Fresh statistics so that plans (and the monitors' estimates) are realistic from the start.
ANALYZE;

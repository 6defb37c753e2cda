INSERT INTO ticketing.audit_log (actor, action, entity, entity_id, payload)
VALUES ($1, $2, $3, $4, $5::jsonb)

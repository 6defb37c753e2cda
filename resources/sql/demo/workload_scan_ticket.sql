UPDATE ticketing.tickets
SET status = 'scanned', scanned_at = now()
WHERE ticket_id = $1 AND status = 'valid'

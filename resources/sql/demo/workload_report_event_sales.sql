SELECT e.event_id, e.title, count(t.ticket_id) AS tickets, sum(t.price) AS revenue
FROM ticketing.events e
JOIN ticketing.tickets t ON t.event_id = e.event_id AND t.status <> 'void'
WHERE e.venue_id = $1
GROUP BY e.event_id, e.title
ORDER BY revenue DESC
LIMIT 10

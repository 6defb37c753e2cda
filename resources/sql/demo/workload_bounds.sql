SELECT (SELECT max(customer_id) FROM ticketing.customers) AS customers,
       (SELECT max(event_id) FROM ticketing.events) AS events,
       (SELECT max(ticket_id) FROM ticketing.tickets) AS tickets,
       (SELECT max(venue_id) FROM ticketing.venues) AS venues

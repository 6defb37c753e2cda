INSERT INTO ticketing.demo_info (scale) VALUES ($1)

SELECT count(*) > 0 FROM ticketing.demo_info

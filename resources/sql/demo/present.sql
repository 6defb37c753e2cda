SELECT to_regclass('ticketing.demo_info') IS NOT NULL

"""The open company: the home page, its records (lists and editors), CSV import."""

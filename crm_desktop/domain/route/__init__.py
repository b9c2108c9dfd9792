"""A day's route: addresses read into province, city and district, the visits ordered to shorten travel."""

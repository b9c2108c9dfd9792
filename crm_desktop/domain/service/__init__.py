"""Service rules and plain data: the ticket workflow and SLA policy."""

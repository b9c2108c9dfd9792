"""Service: tickets, their workflow and SLA clock."""

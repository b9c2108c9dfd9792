"""Business logic: one controller module per CRM module; controllers own transactions."""

"""Visit check-in and check-out: where and when a rep was at a customer, chained so an edit shows."""

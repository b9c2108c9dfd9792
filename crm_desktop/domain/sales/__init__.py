"""Sales rules and plain data: stages, deals, products, orders."""

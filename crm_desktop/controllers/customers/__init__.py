"""Customers: accounts and contacts, duplicates, search."""

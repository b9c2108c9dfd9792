"""The import wizard, export dialog and import history."""

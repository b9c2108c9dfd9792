"""Visit check-in and check-out in the window: the dialog, the position from the location service, the
Check-ins page."""

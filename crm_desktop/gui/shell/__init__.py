"""The window's frame: application start, main window, jobs, translation, settings."""

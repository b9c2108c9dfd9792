"""Keeping the store safe: keys, the app lock, backups, the audit view."""

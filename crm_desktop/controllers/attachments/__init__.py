"""Attachments: files and photos kept with records, stored by content hash and synced after the records."""

"""The app lock, passphrases, backups, restore and the audit window."""

"""Attachments in the window: the reusable panel that lists, previews, adds and deletes a record's files."""

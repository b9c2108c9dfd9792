"""The application as a whole: the controllers over one open store."""

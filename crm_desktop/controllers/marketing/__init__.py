"""Marketing: segments, templates, campaigns and the e-mail outbox."""

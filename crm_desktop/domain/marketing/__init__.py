"""Marketing rules: campaigns, segments, templates and outgoing mail."""

"""Activities: logging follow-ups, timelines and the rep's agenda."""

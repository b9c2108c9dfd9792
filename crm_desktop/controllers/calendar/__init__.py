"""Calendar: entries of a span for me or my team, moves, visits from a slot, .ics export and import."""

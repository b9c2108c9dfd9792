"""Import rules: cells as typed, vocabularies from free text, rows to record values."""

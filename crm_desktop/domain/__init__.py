"""Pure business rules: entities, enums, validation and normalisation (no I/O)."""

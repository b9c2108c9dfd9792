"""Data exchange: imports, exports and their undo."""

"""The marketing module's pages, models and dialogs."""

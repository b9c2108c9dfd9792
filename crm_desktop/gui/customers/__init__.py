"""The customers module's pages, models and dialogs."""

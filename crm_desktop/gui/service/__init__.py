"""The service module's pages, models and dialogs."""

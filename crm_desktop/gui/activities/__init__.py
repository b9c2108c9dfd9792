"""The activities module's pages and dialogs."""

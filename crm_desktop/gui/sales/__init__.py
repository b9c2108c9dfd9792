"""The sales module's pages, boards, models and dialogs."""

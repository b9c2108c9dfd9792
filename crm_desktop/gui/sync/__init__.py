"""Sync as the window shows it: status, runner, issues and dialogs."""

"""Sync with the private cloud as the window and the CLI drive it."""

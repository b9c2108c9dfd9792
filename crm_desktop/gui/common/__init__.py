"""Widgets and models every module's pages share."""

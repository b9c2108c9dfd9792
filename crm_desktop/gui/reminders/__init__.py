"""The reminders module in the window: the tray icon, the always-on-top reminder window and its timer."""

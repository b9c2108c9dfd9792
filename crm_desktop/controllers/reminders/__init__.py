"""Reminders: what is due to remind now, what was raised, snoozed or dismissed, and when to look again."""

"""Reminders: when a visit, meeting, call, task or follow-up is due to remind, and what a snooze means."""

"""The calendar: entries in day, week and month spans, laid out side by side, and .ics in and out."""

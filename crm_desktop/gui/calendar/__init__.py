"""The calendar in the window: day, week and month views, moves and new visits by dragging, .ics in and out."""

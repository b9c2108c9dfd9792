"""The route module in the window: a day's visits in the order that shortens the way."""

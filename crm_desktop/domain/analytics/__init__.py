"""Plain data of the analytics dashboard."""

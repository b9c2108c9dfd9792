"""The route module's use cases: a day's visits ordered, applied and exported."""

"""Rules every module shares: ids and time, validation, display, money, dates."""

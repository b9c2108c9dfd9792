"""The record rules both sides apply: the app's forms before saving, the server to every pushed record."""

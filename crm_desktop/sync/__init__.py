"""Sync client (arrives with the sync issues); the outbox is already written by the store."""

"""Sending e-mail by SMTP (headless: the standard library only, no store, no Qt)."""

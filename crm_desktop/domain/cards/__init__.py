"""Business cards: the fields of a contact read from a card's OCR lines (pure; no OCR here)."""

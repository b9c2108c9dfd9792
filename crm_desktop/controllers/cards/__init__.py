"""Business cards: OCR of a card image and the contact made from it."""

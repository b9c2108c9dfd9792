"""Business cards in the window: read a card, and the contact editor opened on it."""

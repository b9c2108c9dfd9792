"""The app lock's PIN: kept only as an Argon2 hash, checked in constant time; a wrong guess costs time."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP

MIN_PIN = 4
FAILURES_BEFORE_PAUSE = 5
PAUSE_SECONDS = 30
PIN_TOO_SHORT = QT_TRANSLATE_NOOP("Validation", "A PIN or passphrase needs at least 4 characters.")

_hasher = PasswordHasher()


def pin_problem(pin: str) -> str | None:
    """Why `pin` cannot be the app lock's PIN (a translatable message), or None."""
    return PIN_TOO_SHORT if len(pin.strip()) < MIN_PIN else None


def hash_pin(pin: str) -> str:
    return _hasher.hash(pin)


def pin_matches(pin: str, stored: str) -> bool:
    if not stored or not pin:
        return False
    try:
        return _hasher.verify(stored, pin)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def pause_after(failures: int) -> int:
    """Seconds the lock screen waits before the next try: none for the first few slips, then more each time."""
    if failures < FAILURES_BEFORE_PAUSE:
        return 0
    return PAUSE_SECONDS * (failures - FAILURES_BEFORE_PAUSE + 1)

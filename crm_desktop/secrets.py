"""Passwords and tokens in the OS keyring; never in settings, logs or the database."""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, NoKeyringError

SERVICE = "FieldCRM"


class NoKeyringAvailableError(RuntimeError):
    """No keyring backend (headless Linux): the caller asks the user each time instead."""


def store_secret(name: str, value: str) -> None:
    try:
        keyring.set_password(SERVICE, name, value)
    except (NoKeyringError, KeyringError) as error:
        raise NoKeyringAvailableError(str(error)) from error


def load_secret(name: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, name)
    except (NoKeyringError, KeyringError) as error:
        raise NoKeyringAvailableError(str(error)) from error

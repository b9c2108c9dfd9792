"""Passwords, tokens and the store's key in the OS keyring; never in settings, logs or the database."""

from __future__ import annotations

from pathlib import Path

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

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


def delete_secret(name: str) -> None:
    try:
        keyring.delete_password(SERVICE, name)
    except PasswordDeleteError:
        pass  # nothing stored under that name
    except (NoKeyringError, KeyringError) as error:
        raise NoKeyringAvailableError(str(error)) from error


def keyring_available() -> bool:
    """Whether secrets can be kept at all (a probe read; no entry is needed)."""
    try:
        load_secret("probe")
        return True
    except NoKeyringAvailableError:
        return False


def store_key_name(db_path: Path) -> str:
    """The keyring entry of one store file's encryption key (by its absolute path)."""
    return f"store-key:{Path(db_path).expanduser().resolve()}"

"""What the command line says when a command cannot go on: a full disk (exit 3) in the user's language, or
another database error (exit 1) in one line; never a traceback with SQL or the record data it carried."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from crm_desktop.controllers.shell.disk_full import (
    CANNOT_OPEN,
    NOTHING_CHANGED,
    TR_CONTEXT,
    disk_full_folder,
    error_chain,
    is_disk_full,
)

EXIT_DISK_FULL = 3


def user_language(explicit: str | None) -> str:
    """--lang when given, else the system locale's language (LC_ALL, LC_MESSAGES, LANG): zh_CN or en."""
    import locale
    import os

    chosen = explicit or next((os.environ[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(k)), "")
    if not chosen:
        chosen = locale.getlocale()[0] or ""
    return "zh_CN" if chosen.lower().startswith("zh") else "en"


def translated(language: str | None, context: str, text: str) -> str:
    """`text` in `language` through the window's Qt catalogue; the English source where Qt is missing."""
    if not language or language.startswith("en"):
        return text
    try:
        from crm_desktop.gui.shell.translation import translate_headless
    except ImportError:
        return text
    return translate_headless(language, context, text)


def disk_full_message(language: str | None, folder: Path, opening: bool = False) -> str:
    text = translated(language, TR_CONTEXT, CANNOT_OPEN if opening else NOTHING_CHANGED)
    # A translation that lost its placeholder still says what matters.
    return "crm: " + text.replace("{folder}", str(folder))


def say_disk_full(error: BaseException, language: str | None, folder: Path) -> int:
    """Print the full-disk message (the folder the error names, else `folder`); returns the exit code."""
    print(disk_full_message(language, disk_full_folder(error) or folder), file=sys.stderr)
    return EXIT_DISK_FULL


def reported(run: Callable[[], int], language: str | None, folder: Path) -> int:
    """`run()`'s exit code; a full disk (on `folder`, the store's, unless the error names another) or a
    database error is said in one line on stderr instead of a traceback."""
    try:
        return run()
    except Exception as error:
        if is_disk_full(error, folder):
            return say_disk_full(error, language, folder)
        reason = database_reason(error)
        if reason is None:
            raise
        print(f"crm: the database could not do this: {reason}", file=sys.stderr)
        return 1


def database_reason(error: BaseException) -> str | None:
    """The database's own words for `error` (SQLite's message, which holds no record data), or None when
    no database error lies behind it. SQLAlchemy's text is never used: it quotes the statement."""
    from sqlalchemy.exc import SQLAlchemyError
    from sqlcipher3.dbapi2 import Error as CipherError

    found = None
    for link in error_chain(error):
        if isinstance(link, sqlite3.Error | CipherError):
            return f"{type(link).__name__}: {link}"
        if isinstance(link, SQLAlchemyError) and found is None:
            found = type(link).__name__
    return found

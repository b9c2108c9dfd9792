"""Command line of the store's safety: `crm backup [OUT]`, `crm restore FILE`, `crm encrypt`, `crm check`,
how the terminal is asked for a store's passphrase ($CRM_PASSPHRASE, else a prompt), and what it says when a new
store's key has nowhere to be kept."""

from __future__ import annotations

import getpass
import json
import os
import sys
from enum import StrEnum
from functools import partial
from pathlib import Path

from crm_desktop.cli.errors import translated
from crm_desktop.controllers.security.controller import BackupError, BackupProblem, restore_store
from crm_desktop.controllers.security.store_keys import (
    MIN_PASSPHRASE,
    PASSPHRASE_ENV,
    Ask,
    AskFn,
    FileKind,
    UnlockCancelledError,
    can_keep_new_key,
    encrypt_store,
    environment_first,
    file_kind,
    key_to_open,
)
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP
from crm_desktop.secrets import keyring_available
from crm_desktop.tasks import TaskState

PLAIN_ENV = "CRM_PLAIN_NEW_STORES"  # tests and benchmarks: new stores plain, as with --plain
TR = "StoreKeys"  # the translation context of what the terminal says about keys and passphrases

NO_KEYRING_NEW = QT_TRANSLATE_NOOP(
    "StoreKeys", "There is no database at {path} yet, and this computer has no keyring to keep a new database's key"
    " in. Set CRM_PASSPHRASE to a passphrase of at least {min} characters to encrypt it with (the same passphrase"
    " opens it later), run the command in a terminal to choose one, or add --plain to make it without encryption."
    " Nothing was created.")
SHORT_PASSPHRASE = QT_TRANSLATE_NOOP(
    "StoreKeys", "The passphrase in CRM_PASSPHRASE is too short to encrypt a new database with: it needs at least"
    " {min} characters. Nothing was created.")
ENCRYPTED_WITH_ENV = QT_TRANSLATE_NOOP(
    "StoreKeys", "No keyring on this computer: {path} is encrypted with the passphrase in CRM_PASSPHRASE. The same"
    " passphrase opens it each time (in CRM_PASSPHRASE, or typed when asked); without it the data cannot be read.")
DEMO_PLAIN = QT_TRANSLATE_NOOP(
    "StoreKeys", "No keyring on this computer and no CRM_PASSPHRASE: {path} is made without encryption, as it holds"
    " demo data only. To encrypt it later, set CRM_PASSPHRASE and run: crm --db {path} encrypt")
LOCKED_OUT = QT_TRANSLATE_NOOP(
    "StoreKeys", "Cannot open {path}: it is encrypted and its key is not in this computer's keyring. Set"
    " CRM_PASSPHRASE to its passphrase or recovery key, or run this in a terminal to be asked.")
WRONG_ENV = QT_TRANSLATE_NOOP("StoreKeys", "Cannot open {path}: the passphrase in CRM_PASSPHRASE does not open it.")
CHOOSE = QT_TRANSLATE_NOOP("StoreKeys", "No keyring on this computer: choose a passphrase for the new database.")
NEW_PROMPT = QT_TRANSLATE_NOOP("StoreKeys", "New passphrase: ")
TOO_SHORT = QT_TRANSLATE_NOOP("StoreKeys", "A passphrase needs at least {min} characters.")
REPEAT = QT_TRANSLATE_NOOP("StoreKeys", "Repeat it: ")
PROMPTS = {
    Ask.PASSPHRASE: QT_TRANSLATE_NOOP("StoreKeys", "Passphrase of the database: "),
    Ask.KEY_MISSING: QT_TRANSLATE_NOOP(
        "StoreKeys", "The database's key is not in the keyring. Passphrase or recovery key: "),
    Ask.WRONG: QT_TRANSLATE_NOOP("StoreKeys", "That does not open it. Try again: "),
}


class NewStore(StrEnum):
    """How a command goes on when its database does not exist yet."""

    OPEN = "open"      # not new, or its key has somewhere to come from (or it is plain on purpose)
    PLAIN = "plain"    # demo data with no way to keep a key: made plain, and said so
    REFUSE = "refuse"  # nowhere to keep a key: nothing is made, and the user is told the ways


# A full disk is not among them: cli_errors says it, as it does for every command.
BACKUP_MESSAGES = {
    BackupProblem.WRITE_FAILED: "The backup could not be written; nothing else changed.",
    BackupProblem.CANCELLED: "The backup was cancelled.",
    BackupProblem.FOREIGN: "This backup does not open with this database's key: it was made by another"
                           " installation or with another passphrase.",
    BackupProblem.NEWER: "This backup was made by a newer version of the CRM; update the app first.",
    BackupProblem.DAMAGED: "This backup is damaged or is not a CRM database.",
    BackupProblem.MISSING: "There is no such backup file.",
}


def add_commands(sub) -> None:
    backup = sub.add_parser("backup", help="a consistent copy of the database (encrypted like it) while it is in use")
    backup.add_argument("out", nargs="?", type=Path, default=None, help="the file (default: a new one in backups/)")
    backup.add_argument("--json", action="store_true")
    restore = sub.add_parser("restore", help="replace the database with a backup (checked first; the current one"
                                             " is kept in backups/)")
    restore.add_argument("file", type=Path)
    restore.add_argument("--json", action="store_true")
    encrypt = sub.add_parser("encrypt", help="encrypt a plain database in place (key in the keyring, or a passphrase)")
    encrypt.add_argument("--json", action="store_true")
    check = sub.add_parser("check", help="integrity and schema version of the database")
    check.add_argument("--json", action="store_true")


def wants_plain(args) -> bool:
    return bool(getattr(args, "plain", False) or os.environ.get(PLAIN_ENV))


def ask_terminal(reason: Ask, language: str | None = None) -> str | None:
    """A passphrase typed at a prompt (None when stdin is not a terminal); `terminal_asker` puts CRM_PASSPHRASE
    before it."""
    if not sys.stdin.isatty():
        return None
    say = partial(translated, language, TR)
    if reason is Ask.NEW_PASSPHRASE:
        print(say(CHOOSE), file=sys.stderr)
        first = getpass.getpass(say(NEW_PROMPT))
        if len(first) < MIN_PASSPHRASE:
            print(say(TOO_SHORT).replace("{min}", str(MIN_PASSPHRASE)), file=sys.stderr)
            return None
        return first if getpass.getpass(say(REPEAT)) == first else None
    return getpass.getpass(say(PROMPTS[reason])) or None


def terminal_asker(language: str | None = None) -> AskFn:
    """The terminal's Ask: $CRM_PASSPHRASE first (a wrong one goes on to the prompt, if there is a terminal)."""
    return environment_first(partial(ask_terminal, language=language))


def new_store_plan(db: Path, command: str | None, plain_new: bool) -> NewStore:
    """Whether a command can make its new database: a key needs the keyring, CRM_PASSPHRASE or a terminal."""
    if plain_new or file_kind(db) is not FileKind.MISSING or can_keep_new_key(sys.stdin.isatty()):
        return NewStore.OPEN
    return NewStore.PLAIN if command == "demo" else NewStore.REFUSE


def new_store_message(plan: NewStore, db: Path, language: str | None) -> str:
    text = DEMO_PLAIN if plan is NewStore.PLAIN else NO_KEYRING_NEW
    return "crm: " + translated(language, TR, text).replace("{path}", str(db)).replace("{min}", str(MIN_PASSPHRASE))


def encrypted_with_environment(db: Path, language: str | None) -> str | None:
    """What to say after a new store was encrypted with CRM_PASSPHRASE for want of a keyring (None: nothing)."""
    given = os.environ.get(PASSPHRASE_ENV)
    if not given or len(given) < MIN_PASSPHRASE or keyring_available():
        return None
    return "crm: " + translated(language, TR, ENCRYPTED_WITH_ENV).replace("{path}", str(db))


def locked_out_message(path: Path, language: str | None = None, new: bool = False) -> str:
    """Why nothing opened when no passphrase came: for a new store, the ways to give its key one."""
    given = os.environ.get(PASSPHRASE_ENV)
    if new:
        text = SHORT_PASSPHRASE if given and len(given) < MIN_PASSPHRASE else NO_KEYRING_NEW
    else:
        text = WRONG_ENV if given else LOCKED_OUT
    return "crm: " + translated(language, TR, text).replace("{path}", str(path)).replace("{min}", str(MIN_PASSPHRASE))


def _print(args, figures: dict, line: str) -> None:
    print(json.dumps(figures, ensure_ascii=False) if args.json else line)


def _fail(reason: str, code: int = 1) -> int:
    print(reason, file=sys.stderr)
    return code


def cmd_backup(app, args) -> int:
    try:
        made = app.security.backup_now(args.out.expanduser().resolve() if args.out else None)
    except BackupError as error:
        if error.problem is BackupProblem.DISK_FULL:
            raise  # said as every full disk is, in the user's language (cli_errors)
        return _fail(f"crm backup: {BACKUP_MESSAGES[error.problem]} ({error.detail or error.path})")
    _print(args, {"backup": str(made), "size": made.stat().st_size, "encrypted": app.security.encrypted},
           f"Backed up to {made}")
    return 0


def cmd_check(app, args) -> int:
    problems = app.security.check_integrity()
    figures = {"ok": not problems, "problems": problems, "schema_revision": app.security.schema_revision(),
               "encrypted": app.security.encrypted, "path": str(app.db_path),
               "size": app.db_path.stat().st_size, "unclean_exit": app.security.unclean_exit}
    _print(args, figures, "ok" if not problems else "DAMAGED: " + "; ".join(problems))
    return 0 if not problems else 1


def cmd_restore(db: Path, args) -> int:
    """Runs with the store closed: it is replaced."""
    try:
        key = key_to_open(db, terminal_asker(args.lang)) if db.exists() else None
        kept = restore_store(db, args.file.expanduser(), key)
    except UnlockCancelledError:
        return _fail(locked_out_message(db, args.lang), 2)
    except BackupError as error:
        if error.problem is BackupProblem.DISK_FULL:
            raise
        return _fail(f"crm restore: {BACKUP_MESSAGES[error.problem]} ({error.path})")
    _print(args, {"restored": str(args.file), "previous_kept": str(kept) if kept else None},
           f"Restored {args.file}" + (f"; the database it replaced is kept as {kept}" if kept else ""))
    return 0


def cmd_encrypt(db: Path, args) -> int:
    """Runs with the store closed: it is rewritten."""
    kind = file_kind(db)
    if kind is FileKind.ENCRYPTED:
        _print(args, {"encrypted": True, "changed": False}, f"{db} is already encrypted.")
        return 0
    if kind is FileKind.MISSING:
        return _fail(f"crm encrypt: there is no database at {db}.")

    def show(done: int, total: int, name: str) -> None:
        if not args.json and name:
            print(f"encrypting {name} ({done + 1}/{total})", file=sys.stderr)

    try:
        encrypt_store(db, terminal_asker(args.lang), TaskState(show))
    except UnlockCancelledError:
        return _fail("crm encrypt: no keyring on this computer and no passphrase given "
                     f"(set {PASSPHRASE_ENV} or run it in a terminal); nothing changed.", 2)
    _print(args, {"encrypted": True, "changed": True}, f"{db} is now encrypted.")
    return 0

"""Command line of the store's safety: `crm backup [OUT]`, `crm restore FILE`, `crm encrypt`, `crm check`,
and how the terminal is asked for a store's passphrase ($CRM_PASSPHRASE, else a prompt)."""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path

from crm_desktop.controllers.security.controller import BackupError, BackupProblem, restore_store
from crm_desktop.controllers.security.store_keys import (
    MIN_PASSPHRASE,
    Ask,
    FileKind,
    UnlockCancelledError,
    encrypt_store,
    file_kind,
    key_to_open,
)
from crm_desktop.tasks import TaskState

PASSPHRASE_ENV = "CRM_PASSPHRASE"
PLAIN_ENV = "CRM_PLAIN_NEW_STORES"  # tests and benchmarks: new stores plain, as with --plain

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


def ask_terminal(reason: Ask) -> str | None:
    """The passphrase from $CRM_PASSPHRASE (once: a wrong one is not retried), else typed at a prompt."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return None if reason is Ask.WRONG else given
    if not sys.stdin.isatty():
        return None
    if reason is Ask.NEW_PASSPHRASE:
        print("No keyring on this computer: choose a passphrase for the new database.", file=sys.stderr)
        first = getpass.getpass("New passphrase: ")
        if len(first) < MIN_PASSPHRASE:
            print(f"A passphrase needs at least {MIN_PASSPHRASE} characters.", file=sys.stderr)
            return None
        return first if getpass.getpass("Repeat it: ") == first else None
    prompts = {Ask.PASSPHRASE: "Passphrase of the database: ",
               Ask.KEY_MISSING: "The database's key is not in the keyring. Passphrase or recovery key: ",
               Ask.WRONG: "That does not open it. Try again: "}
    return getpass.getpass(prompts[reason]) or None


def locked_out_message(path: Path) -> str:
    if os.environ.get(PASSPHRASE_ENV):
        return f"Cannot open {path}: the passphrase in {PASSPHRASE_ENV} does not open it."
    return (f"Cannot open {path}: it is encrypted and its key is not in this computer's keyring. "
            f"Set {PASSPHRASE_ENV} to its passphrase or recovery key, or run this in a terminal to be asked.")


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
        key = key_to_open(db, ask_terminal) if db.exists() else None
        kept = restore_store(db, args.file.expanduser(), key)
    except UnlockCancelledError:
        return _fail(locked_out_message(db), 2)
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
        encrypt_store(db, ask_terminal, TaskState(show))
    except UnlockCancelledError:
        return _fail("crm encrypt: no keyring on this computer and no passphrase given "
                     f"(set {PASSPHRASE_ENV} or run it in a terminal); nothing changed.", 2)
    _print(args, {"encrypted": True, "changed": True}, f"{db} is now encrypted.")
    return 0

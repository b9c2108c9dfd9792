"""Command line of sync: `crm sync --server URL --user NAME [--ca-bundle FILE] [--json]`.

Logs in when this store has no tokens for that server and user (password from $CRM_PASSWORD or a
prompt; never stored), then runs one sync round and prints what moved.
"""

from __future__ import annotations

import getpass
import json
import os
import sys

from crm_desktop.cli.errors import say_disk_full
from crm_desktop.controllers.shell.disk_full import is_disk_full
from crm_desktop.sync.transport import (
    CredentialsError,
    DeviceRevokedError,
    OfflineError,
    SyncError,
    ThrottledError,
    UpgradeRequiredError,
)

MESSAGES = {
    OfflineError: "The server cannot be reached; your changes stay queued on this computer.",
    CredentialsError: "The username or password is wrong, or the login has expired.",
    DeviceRevokedError: "This device was revoked by an administrator; ask them, then log in again.",
    UpgradeRequiredError: "The server needs a newer version of the app; your changes stay queued.",
    ThrottledError: "Too many failed logins; wait a few minutes and try again.",
}


def add_commands(sub) -> None:
    sync = sub.add_parser("sync", help="push this computer's changes to the server and pull the others'")
    sync.add_argument("--server", required=True, help="the sync server, e.g. https://crm.example.com")
    sync.add_argument("--user", required=True, help="your username on the server")
    sync.add_argument("--ca-bundle", default=None, help="a PEM file of your company's CA (private clouds)")
    sync.add_argument("--json", action="store_true")


def cmd_sync(app, args) -> int:
    server = args.server.strip().rstrip("/")
    try:
        account = app.sync.account()
        same = account is not None and account.server == server and account.username == args.user
        if not (same and app.sync.is_logged_in()):
            password = os.environ.get("CRM_PASSWORD") or getpass.getpass(f"Password for {args.user} on {server}: ")
            app.sync.login(server, args.user, password, args.ca_bundle)
        report = app.sync.sync()
    except Exception as error:
        # A full disk while a page is applied or a push acknowledged, however the engine wraps it: said as
        # such, never as a traceback.
        if is_disk_full(error, app.db_path.parent):
            return say_disk_full(error, args.lang, app.db_path.parent)
        if not isinstance(error, SyncError):
            raise
        message = next((text for kind, text in MESSAGES.items() if isinstance(error, kind)), str(error))
        print(f"crm sync: {message}", file=sys.stderr)
        return 2
    figures = report.as_dict()
    if args.json:
        print(json.dumps(figures))
    else:
        print(", ".join(f"{name} {value}" for name, value in figures.items()))
    return 0

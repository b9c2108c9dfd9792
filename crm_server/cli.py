"""`crm-server serve|migrate|purge|after-restore|users|teams|devices`: run the sync server and administer it."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from sqlalchemy.orm import Session

from crm_server.settings import ServerSettings


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="crm-server", description="Field CRM private-cloud sync server.")
    parser.add_argument("--database-url", default=None,
                        help="postgresql://user@host/db (default: $CRM_SERVER_DATABASE_URL, else an embedded SQLite"
                             " file for a one-box trial)")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the HTTP API (uvicorn)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--ssl-certfile", default=None)
    serve.add_argument("--ssl-keyfile", default=None)
    sub.add_parser("migrate", help="create or upgrade the database schema")
    purge = sub.add_parser("purge", help="drop tombstones and change-log rows older than the retention (daily cron)")
    purge.add_argument("--days", type=int, default=90, help="retention in days (default 90)")
    sub.add_parser("after-restore", help="after restoring a backup: make every device download a fresh snapshot")
    users = sub.add_parser("users", help="add, list, disable users, set their role")
    users_sub = users.add_subparsers(dest="action", required=True)
    add = users_sub.add_parser("add")
    add.add_argument("username")
    add.add_argument("--display-name", default=None)
    add.add_argument("--role", default="rep", choices=("admin", "manager", "rep"))
    add.add_argument("--team", default=None)
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin (scripts)")
    users_sub.add_parser("list").add_argument("--json", action="store_true")
    disable = users_sub.add_parser("disable")
    disable.add_argument("username")
    disable.add_argument("--enable", action="store_true", help="enable again")
    role = users_sub.add_parser("set-role")
    role.add_argument("username")
    role.add_argument("role", choices=("admin", "manager", "rep"))
    teams = sub.add_parser("teams", help="add and list teams, add members")
    teams_sub = teams.add_subparsers(dest="action", required=True)
    team_add = teams_sub.add_parser("add")
    team_add.add_argument("name")
    team_add.add_argument("--manager", default=None)
    teams_sub.add_parser("list").add_argument("--json", action="store_true")
    member = teams_sub.add_parser("add-member")
    member.add_argument("team")
    member.add_argument("username")
    devices = sub.add_parser("devices", help="list devices, revoke one")
    devices_sub = devices.add_subparsers(dest="action", required=True)
    devices_sub.add_parser("list").add_argument("--json", action="store_true")
    devices_sub.add_parser("revoke").add_argument("device_id")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = ServerSettings.from_env(args.database_url)
    if args.command == "serve":
        return _serve(settings, args)
    from crm_server.admin import AdminError
    from crm_server.db import make_engine, migrate, sessions

    engine = make_engine(settings.database_url)
    if args.command == "migrate":
        migrate(engine)
        print("The database schema is up to date.")
        return 0
    if args.command == "purge":
        from crm_server.feed import purge

        with sessions(engine)() as session:
            dropped = purge(session, args.days)
        print(f"Dropped {dropped['tombstones']} tombstones and {dropped['change_log_rows']} change-log rows "
              f"older than {args.days} days.")
        return 0
    if args.command == "after-restore":
        from crm_server.feed import after_restore

        with sessions(engine)() as session:
            epoch = after_restore(session)
        print(f"New sync epoch {epoch}: every device downloads a fresh snapshot and then pushes its outbox.")
        return 0
    try:
        with sessions(engine)() as session:
            return _administer(session, settings, args)
    except (AdminError, KeyError) as error:
        print(f"crm-server: {error}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()


def _serve(settings: ServerSettings, args: argparse.Namespace) -> int:
    import uvicorn

    # Hand the GIL over sooner: a thread whose database answer has arrived waits less for the
    # threads busy in Python (requests are short; the default 5 ms is made for long computations).
    sys.setswitchinterval(0.001)

    from crm_server.app import create_app

    if args.workers > 1:  # uvicorn needs an import string to start worker processes
        import os

        os.environ["CRM_SERVER_DATABASE_URL"] = settings.database_url
        uvicorn.run("crm_server.asgi:app", host=args.host, port=args.port, workers=args.workers,
                    ssl_certfile=args.ssl_certfile, ssl_keyfile=args.ssl_keyfile, log_level="info")
    else:
        uvicorn.run(create_app(settings), host=args.host, port=args.port, ssl_certfile=args.ssl_certfile,
                    ssl_keyfile=args.ssl_keyfile, log_level="info")
    return 0


def _administer(session: Session, settings: ServerSettings, args: argparse.Namespace) -> int:
    from crm_server.admin import Admin
    from crm_server.auth import AuthService

    admin = Admin(session)
    if args.command == "users":
        if args.action == "add":
            password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("Password: ")
            row = admin.add_user(args.username, password, args.display_name, args.role, args.team)
            print(f"Added {row.username} ({row.role}).")
        elif args.action == "list":
            _show([r.__dict__ for r in admin.users()], args.json, ("username", "display_name", "role", "team",
                                                                   "disabled"))
        elif args.action == "disable":
            row = admin.disable_user(args.username, disabled=not args.enable)
            print(f"{row.username} is {'disabled' if row.disabled else 'enabled'}.")
        else:
            row = admin.set_role(args.username, args.role)
            print(f"{row.username} is now {row.role}.")
    elif args.command == "teams":
        if args.action == "add":
            admin.add_team(args.name, args.manager)
            print(f"Added team {args.name}.")
        elif args.action == "list":
            _show([{"name": n, "manager": m, "members": c} for n, m, c in admin.teams()], args.json,
                  ("name", "manager", "members"))
        else:
            row = admin.add_member(args.team, args.username)
            print(f"{row.username} is in {row.team}.")
    elif args.action == "list":
        _show([{**d.__dict__, "last_seen_at": d.last_seen_at.isoformat() if d.last_seen_at else None}
               for d in admin.devices()], args.json, ("id", "username", "name", "last_applied_seq", "revoked"))
    else:
        AuthService(session, settings).revoke_device(args.device_id)
        print(f"Device {args.device_id} is revoked; its tokens no longer work.")
    return 0


def _show(rows: list[dict[str, Any]], as_json: bool, columns: tuple[str, ...]) -> None:
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, default=str))
        return
    for row in rows:
        print("\t".join("" if row[c] is None else str(row[c]) for c in columns))


if __name__ == "__main__":
    sys.exit(main())

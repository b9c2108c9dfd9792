"""Command line: `crm [--db PATH] COMMAND` (demo, search, agenda, pipeline, tickets, import, export, report, sync,
campaign, segment, mail, backup, restore, encrypt, check).

No command opens the window. Exit codes: 0 done, 1 failed, 2 the database (for `crm sync`, the server) cannot be
used, 3 the disk is full (nothing was changed).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from crm_desktop import __version__
from crm_desktop.cli import attachments as attachments_command
from crm_desktop.cli import calendar as calendar_command
from crm_desktop.cli import card as card_command
from crm_desktop.cli import demo as demo_command
from crm_desktop.cli import marketing as marketing_command
from crm_desktop.cli import report as report_command
from crm_desktop.cli import route as route_command
from crm_desktop.cli import security as security_command
from crm_desktop.cli import sync as sync_command
from crm_desktop.cli.errors import EXIT_DISK_FULL, disk_full_message, reported, user_language
from crm_desktop.cli.exchange import add_commands, cmd_export, cmd_import
from crm_desktop.domain.customers.enums import TicketStatus
from crm_desktop.paths import default_db_path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="crm", description="Offline-first desktop CRM.")
    parser.add_argument("--db", type=Path, default=None, help=f"database file (default: {default_db_path()})")
    parser.add_argument("--lang", default=None, help="UI language, e.g. en or zh_CN")
    parser.add_argument("--plain", action="store_true",
                        help="make a new database without encryption (a disk already encrypted, benchmarks); the"
                             " database remembers it and is not offered encryption")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation headless (store, search, import, export, chart)")
    sub = parser.add_subparsers(dest="command")
    demo_command.add_commands(sub)
    search = sub.add_parser("search", help="find accounts and contacts")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true")
    agenda = sub.add_parser("agenda", help="overdue and today's follow-ups and tasks")
    agenda.add_argument("--json", action="store_true")
    pipeline = sub.add_parser("pipeline", help="open deals per open stage, amounts in the home currency")
    pipeline.add_argument("--json", action="store_true")
    tickets = sub.add_parser("tickets", help="service tickets, earliest resolution deadline first")
    tickets.add_argument("--status", choices=[s.value for s in TicketStatus], default=None)
    tickets.add_argument("--overdue", action="store_true", help="only open tickets past an SLA deadline")
    tickets.add_argument("--json", action="store_true")
    add_commands(sub)
    report_command.add_commands(sub)
    sync_command.add_commands(sub)
    marketing_command.add_commands(sub)
    security_command.add_commands(sub)
    calendar_command.add_commands(sub)
    route_command.add_commands(sub)
    attachments_command.add_commands(sub)
    card_command.add_commands(sub)
    return parser


def _open(db: Path, language: str | None = None, plain_new: bool = False, command: str | None = None):
    from crm_desktop.controllers.security.store_keys import UnlockCancelledError
    from crm_desktop.controllers.shell.app import CrmApp, StoreOpenError

    plan = security_command.new_store_plan(db, command, plain_new)
    if plan is not security_command.NewStore.OPEN:  # a new store and nowhere to keep its key: say so plainly
        print(security_command.new_store_message(plan, db, language), file=sys.stderr)
        if plan is security_command.NewStore.REFUSE:
            raise SystemExit(2)
    new = not db.exists()
    try:
        if plan is security_command.NewStore.PLAIN:  # demo data only, and not the user's choice to keep plain
            return CrmApp.open(db, key=None, language=language or "en")
        app = CrmApp.open_secure(db, security_command.terminal_asker(language), plain_new, language=language or "en")
    except UnlockCancelledError:
        print(security_command.locked_out_message(db, language, new), file=sys.stderr)
        raise SystemExit(2) from None
    except StoreOpenError as error:
        print(describe_open_error(error, language), file=sys.stderr)
        raise SystemExit(EXIT_DISK_FULL if error.problem == "disk_full" else 2) from None
    note = security_command.encrypted_with_environment(db, language) if new and app.security.encrypted else None
    if note:
        print(note, file=sys.stderr)
    return app


def describe_open_error(error, language: str | None = None) -> str:
    """Plain-English reason for the terminal (the window shows a translated dialog); a full disk in the
    user's language, and no backup offered: the file is sound."""
    if error.problem == "disk_full":
        return disk_full_message(language, error.path.parent, opening=True)
    reasons = {
        "locked": "The database is open in another CRM window or program.",
        "read_only": "The database file or its folder is read-only.",
        "corrupt": "The database file is damaged or is not a CRM database.",
        "newer": "The database was written by a newer version of the CRM.",
        "wrong_key": "The passphrase or key does not open the database (or its first page is damaged).",
    }
    text = f"Cannot open {error.path}: {reasons[error.problem]}"
    if error.backups:
        text += f"\nNewest backup: {error.backups[0]}"
    return text


def _cmd_search(app, args) -> int:
    hits = app.search.search(args.query, args.limit)
    if args.json:
        print(json.dumps([asdict(h) for h in hits], ensure_ascii=False))
        return 0
    for h in hits:
        print("\t".join([h.type, h.name, h.account or "", h.mobile or "", h.email or ""]))
    return 0


def _cmd_agenda(app, args) -> int:
    items = app.activities.agenda()
    if args.json:
        print(json.dumps([asdict(i) for i in items], ensure_ascii=False, default=str))
        return 0
    for i in items:
        flag = "overdue" if i.overdue else "today"
        print("\t".join([i.due.isoformat(), flag, i.kind, i.entity, i.name, i.subject]))
    return 0


def _cmd_pipeline(app, args) -> int:
    columns = app.sales.pipeline()
    if args.json:
        rows = [{"stage": c.stage.name, "count": c.count, "amount": _number(c.amount),
                 "weighted": _number(c.weighted)} for c in columns]
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    width = max((len(c.stage.name) for c in columns), default=5)
    print(f"{'stage':<{width}}  {'count':>9}  {'amount':>18}  {'weighted':>18}")
    for c in columns:
        print(f"{c.stage.name:<{width}}  {c.count:>9,}  {c.amount:>18,.2f}  {c.weighted:>18,.2f}")
    return 0


def _cmd_tickets(app, args) -> int:
    from crm_desktop.domain.customers.entities import ListSort
    from crm_desktop.domain.service.entities import QUEUE_ALL, QUEUE_OVERDUE, TicketFilter

    queue = QUEUE_OVERDUE if args.overdue else QUEUE_ALL
    tickets = app.service.summaries(TicketFilter(queue=queue, status=args.status), ListSort("due"))
    if args.json:
        rows = [{"number": t.number, "subject": t.subject, "status": t.status, "priority": t.priority,
                 "assignee": t.assignee, "due_at": t.due_at.isoformat() if t.due_at else None,
                 "breached": t.breached} for t in tickets]
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for t in tickets:
        due = t.due_at.astimezone().strftime("%Y-%m-%d %H:%M") if t.due_at else ""
        flag = "BREACHED" if t.breached else ""
        print("\t".join([t.number, t.status, t.priority, due, flag, t.assignee or "", t.subject]))
    return 0


def _number(amount) -> float:
    """A 2-place Decimal as a JSON number: below 1e13 a float's shortest repr gives back the same digits."""
    return float(round(amount, 2))


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.lang = user_language(args.lang)
    if args.self_test:
        from crm_desktop.self_test import run_self_test

        return run_self_test()
    db = (args.db or default_db_path()).expanduser()
    plain_new = security_command.wants_plain(args)
    if args.command is None:
        from crm_desktop.gui.shell.app import run_gui

        return run_gui(db, args.lang, plain_new=plain_new)
    if args.command == "demo" and not demo_command.wanted(args, db):
        return 2
    folder = db.resolve().parent
    if args.command in ("restore", "encrypt"):  # they replace the file: it must not be open
        command = {"restore": security_command.cmd_restore, "encrypt": security_command.cmd_encrypt}[args.command]
        return reported(lambda: command(db, args), args.lang, folder)
    return reported(lambda: _run(db, args, plain_new), args.lang, folder)


def _run(db: Path, args: argparse.Namespace, plain_new: bool) -> int:
    app = _open(db, args.lang, plain_new, args.command)
    try:
        command = {"demo": demo_command.cmd_demo, "search": _cmd_search, "agenda": _cmd_agenda,
                   "pipeline": _cmd_pipeline, "tickets": _cmd_tickets, "import": cmd_import,
                   "export": cmd_export, "report": report_command.cmd_report,
                   "sync": sync_command.cmd_sync, "campaign": marketing_command.cmd_campaign,
                   "segment": marketing_command.cmd_segment, "mail": marketing_command.cmd_mail,
                   "backup": security_command.cmd_backup, "check": security_command.cmd_check,
                   "calendar": calendar_command.cmd_calendar,
                   "route": route_command.cmd_route,
                   "attach": attachments_command.cmd_attach,
                   "attachments": attachments_command.cmd_attachments,
                   "card": card_command.cmd_card}[args.command]
        return command(app, args)
    finally:
        app.close()


if __name__ == "__main__":
    sys.exit(main())

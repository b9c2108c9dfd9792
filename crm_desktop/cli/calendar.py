"""Command line of the calendar: `crm calendar export OUT.ics [--from DATE] [--to DATE] [--owner NAME]` and
`crm calendar import FILE.ics [--json]`, said in the user's language."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, timedelta
from pathlib import Path

from crm_desktop.cli.errors import translated
from crm_desktop.domain.calendar import messages
from crm_desktop.domain.calendar.ics_import import CalendarFileError
from crm_desktop.domain.common.validation import NotFoundError


def add_commands(sub) -> None:
    cal = sub.add_parser("calendar", help="export the calendar to an .ics file, or import meetings from one")
    what = cal.add_subparsers(dest="calendar_command", required=True)
    exp = what.add_parser("export", help="visits, meetings, calls, tasks, follow-ups and deals' closes as .ics")
    exp.add_argument("out", type=Path)
    exp.add_argument("--from", dest="first", default=None, help="first day, YYYY-MM-DD (default: 90 days ago)")
    exp.add_argument("--to", dest="last", default=None, help="last day, YYYY-MM-DD (default: a year ahead)")
    exp.add_argument("--owner", default=None, help="a user's name or username, or 'team' (managers)")
    imp = what.add_parser("import", help="meetings of an .ics file (Outlook, Google, DingTalk) as activities")
    imp.add_argument("file", type=Path)
    imp.add_argument("--json", action="store_true")


def cmd_calendar(app, args: argparse.Namespace) -> int:
    language = args.lang or "en"

    def say(text: str) -> str:  # not named tr: lupdate would take each call for a source text
        return translated(language, messages.CONTEXT, text)

    if args.calendar_command == "export":
        return _export(app, args, say)
    return _import(app, args, say)


def _day(value: str | None, say) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        print(say(messages.BAD_DATE).format(value=value), file=sys.stderr)
        raise SystemExit(1) from None


def _export(app, args: argparse.Namespace, say) -> int:
    first, last = _day(args.first, say), _day(args.last, say)
    try:
        choice = app.calendar.choice_named(args.owner)
        count = app.calendar.export_ics(args.out, first, last + timedelta(days=1) if last else None, choice)
    except NotFoundError:
        print(say(messages.NO_OWNER).format(name=args.owner), file=sys.stderr)
        return 1
    except OSError as error:
        print(say(messages.CANNOT_EXPORT).format(file=args.out, error=error.strerror or error), file=sys.stderr)
        return 1
    print(say(messages.EXPORTED).format(count=count, file=args.out), file=sys.stderr)
    print(json.dumps({"exported": count, "path": str(args.out)}, ensure_ascii=False))
    return 0


def _import(app, args: argparse.Namespace, say) -> int:
    try:
        report = app.calendar.import_ics(args.file)
    except OSError as error:
        reason = say(messages.CANNOT_READ).format(error=error.strerror or error)
        print(say(messages.CANNOT_IMPORT).format(file=args.file, reason=reason), file=sys.stderr)
        return 1
    except CalendarFileError as error:
        reason = say(messages.FILE_REASONS[error.reason])
        print(say(messages.CANNOT_IMPORT).format(file=args.file, reason=reason), file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False))
        return 0
    for event, code in report.skipped:
        print(say(messages.SKIPPED_ONE).format(event=event, reason=say(messages.skip_reason(code))))
    print(say(messages.IMPORTED).format(created=report.created, updated=report.updated, unchanged=report.unchanged,
                                        matched=report.matched_contacts, skipped=len(report.skipped)))
    return 0

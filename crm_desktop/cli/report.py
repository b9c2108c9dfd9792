"""Command line of reports: `crm report dashboard OUT.pdf [--from DATE] [--to DATE] [--owner NAME]`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from crm_desktop.charts.texts import ChartTexts
from crm_desktop.domain.analytics.dashboard import ChartData, DashboardFilter

ENGLISH_TITLE = "Sales and service dashboard"


def add_commands(sub) -> None:
    report = sub.add_parser("report", help="reports as files: the analytics dashboard as a PDF")
    kinds = report.add_subparsers(dest="report", required=True)
    dashboard = kinds.add_parser("dashboard", help="every dashboard chart in a PDF: a cover, then two charts a page",
                                 description="Titles follow --lang (before the subcommand): en (default) or zh_CN.")
    dashboard.add_argument("out", type=Path, help="the PDF file to write")
    dashboard.add_argument("--from", dest="date_from", type=_date, default=None, metavar="DATE",
                           help="first day, YYYY-MM-DD (default: twelve months before --to)")
    dashboard.add_argument("--to", dest="date_to", type=_date, default=None, metavar="DATE",
                           help="last day, YYYY-MM-DD (default: today)")
    dashboard.add_argument("--owner", default=None, metavar="NAME",
                           help="only this user's records: a username or display name")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31") from None


def cmd_report(app, args: argparse.Namespace) -> int:
    # matplotlib loads here, not when the CLI starts: other commands do not wait for it.
    from crm_desktop.charts.report import PER_PAGE, write_dashboard_pdf
    from crm_desktop.charts.theme import Theme

    owner = None
    if args.owner is not None:
        owner, problem = find_owner(app.analytics.owners(), args.owner)
        if problem:
            print(problem, file=sys.stderr)
            return 2
    flt = DashboardFilter(args.date_from, args.date_to, owner.id if owner else None)
    first, last = app.analytics.resolve(flt)
    charts = app.analytics.dashboard(flt)
    texts_for, title = _language(args.lang or "en")
    subtitle = " · ".join([f"{first.isoformat()} – {last.isoformat()}", *([owner.display_name] if owner else [])])
    try:
        path = write_dashboard_pdf(args.out, charts, texts_for, Theme.light(), title, subtitle)
    except OSError as error:
        print(f"Cannot write {args.out}: {error.strerror or error}", file=sys.stderr)
        return 1
    pages = 1 + -(-len(charts) // PER_PAGE)
    print(json.dumps({"path": str(path), "charts": len(charts), "pages": pages}, ensure_ascii=False))
    return 0


def find_owner(users, name: str):
    """(the user, None) whose username or display name is `name` (any case), or (None, why not)."""
    wanted = name.strip().casefold()
    found = [u for u in users if (u.username or "").casefold() == wanted]
    found = found or [u for u in users if (u.display_name or "").casefold() == wanted]
    if len(found) == 1:
        return found[0], None
    known = ", ".join(sorted(f"{u.username} ({u.display_name})" for u in users)) or "none"
    if found:
        return None, f"More than one user is called {name!r}: give the username. Users: {known}"
    return None, f"No user {name!r}. Users: {known}"


def _language(language: str) -> tuple[Callable[[ChartData], ChartTexts], str]:
    """Chart texts and the report title in `language`, through the window's Qt translations (a
    QCoreApplication only, no window); the English source texts where those cannot be loaded."""
    try:
        from crm_desktop.gui.analytics.chart_texts import chart_texts, install_headless, report_title
    except ImportError:
        if language != "en":
            print(f"Titles in {language} need the window's translations, not found: writing English.",
                  file=sys.stderr)
        return ChartTexts.english, ENGLISH_TITLE
    install_headless(language)
    return chart_texts, report_title()

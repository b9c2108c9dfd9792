"""`crm demo --customers N` (generate realistic demo data) and `crm demo --delete` (delete all of it)."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

from crm_desktop.cli.errors import translated
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP
from crm_desktop.tasks import TaskState

TR = "DemoData"
NEEDS_SIZE = QT_TRANSLATE_NOOP("DemoData", "crm demo: say how many with --customers N, or --delete to delete the"
                               " demo data.")
DELETED = QT_TRANSLATE_NOOP("DemoData", "Deleted {n} demo records; your own records were not touched.")
KEPT = QT_TRANSLATE_NOOP("DemoData", "Kept {n} demo records that your own records refer to.")
NOTHING = QT_TRANSLATE_NOOP("DemoData", "There is no demo data in this database.")
NO_DATABASE = QT_TRANSLATE_NOOP("DemoData", "crm demo: there is no database at {path}.")


def add_commands(sub) -> None:
    demo = sub.add_parser("demo", help="generate realistic demo data, or delete it (--delete)")
    demo.add_argument("--customers", type=int, default=None, help="number of contacts")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--opportunities", type=int, default=None,
                      help="number of deals (default: one per five contacts)")
    demo.add_argument("--tickets", type=int, default=None,
                      help="number of service tickets (default: one per eight contacts)")
    demo.add_argument("--delete", action="store_true",
                      help="delete every record the demo made (your own records stay; nothing is synced)")


def wanted(args, db: Path) -> bool:
    """Whether the command line makes sense before a database is opened (or made); says why not on stderr."""
    if args.customers is None and not args.delete:
        print(translated(args.lang, TR, NEEDS_SIZE), file=sys.stderr)
        return False
    if args.delete and not db.exists():
        print(translated(args.lang, TR, NO_DATABASE).replace("{path}", str(db)), file=sys.stderr)
        return False
    return True


def _show(done: int, total: int, message: str) -> None:
    print(f"\r{message:>17}: {done:>9,}/{total:,}", end="", file=sys.stderr, flush=True)


def cmd_demo(app, args) -> int:
    if args.delete:
        return _delete(app, args)
    from crm_desktop.controllers.demo.generator import DemoGenerator

    generator = DemoGenerator(app.store, args.seed, app.sales.language, app.service.policy)
    counts = generator.run(args.customers, TaskState(_show), args.opportunities, args.tickets)
    print(file=sys.stderr)
    print(json.dumps(counts))
    return 0


def _delete(app, args) -> int:
    if not app.demo_counts():
        print(translated(args.lang, TR, NOTHING), file=sys.stderr)
        print(json.dumps({"deleted": {}, "kept": {}}))
        return 0
    removed = app.delete_demo(TaskState(_show))
    print(file=sys.stderr)
    print(translated(args.lang, TR, DELETED).replace("{n}", f"{removed.total:,}"), file=sys.stderr)
    if removed.kept:
        print(translated(args.lang, TR, KEPT).replace("{n}", f"{sum(removed.kept.values()):,}"), file=sys.stderr)
    print(json.dumps(asdict(removed)))
    return 0

"""Command line of data exchange: `crm import contacts|accounts FILE`, `crm import undo ID`, `crm export`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from crm_desktop.cli.errors import translated
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, NotFoundError
from crm_desktop.domain.customers.entities import ListFilter
from crm_desktop.domain.exchange.imports import DuplicatePolicy, ImportOptions
from crm_desktop.interchange.errors import InterchangeError
from crm_desktop.tasks import TaskState

_ENTITY = {"contacts": "contact", "accounts": "account"}
CANNOT_IMPORT = QT_TRANSLATE_NOOP("Interchange", "Cannot import {file}: {reason}")
NO_FILE = QT_TRANSLATE_NOOP("Interchange", "no such file.")
NO_BATCH = QT_TRANSLATE_NOOP("Interchange", "No import batch {batch}.")
UNDONE = QT_TRANSLATE_NOOP("Interchange", "Removed {removed}, restored {restored}, kept {kept}.")
SUMMARY = QT_TRANSLATE_NOOP(
    "Interchange", "Sheet \u201c{sheet}\u201d: {created} created, {updated} updated, {skipped} unchanged, "
    "{errors} refused, {warnings} values kept for review, {lines} lines skipped.")
REPORT = QT_TRANSLATE_NOOP("Interchange", "Report: {path}")
OWNERS = QT_TRANSLATE_NOOP("Interchange", "Owners not found among the users (kept as text): {owners}")


def add_commands(sub) -> None:
    imp = sub.add_parser("import", help="import contacts or accounts from xlsx/xls/ods/csv/vcf, or undo an import",
                         description="crm import contacts|accounts FILE [options]  |  crm import undo BATCH_ID")
    imp.add_argument("what", choices=["contacts", "accounts", "undo"])
    imp.add_argument("target", help="the file to import, or the batch id to undo")
    imp.add_argument("--sheet", default=None, help="sheet name (default: the first visible sheet)")
    imp.add_argument("--header-row", type=int, default=None, help="1-based header row (default: detected)")
    imp.add_argument("--encoding", default=None, help="text encoding of a CSV file (default: detected)")
    imp.add_argument("--on-duplicate", choices=[p.value for p in DuplicatePolicy], default="skip")
    imp.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    imp.add_argument("--discard-later-edits", action="store_true",
                     help="undo: also undo records edited after the import (default: keep those edits)")
    imp.add_argument("--json", action="store_true")
    exp = sub.add_parser("export", help="export contacts or accounts to xlsx, csv or vcf")
    exp.add_argument("what", choices=["contacts", "accounts"])
    exp.add_argument("out", type=Path)
    exp.add_argument("--encoding", default=None, help="CSV encoding: utf-8 (with BOM, default) or gbk")
    exp.add_argument("--lang", dest="headers_lang", default="zh", help="header language: zh or en")
    exp.add_argument("--segment", default=None, help="only the records of this saved segment (its name)")


def _fail(reason: str) -> int:
    print(reason, file=sys.stderr)
    return 1


def _progress(done: int, total: int, _message: str) -> None:
    print(f"\r{done:>9,}/{total:,}", end="", file=sys.stderr, flush=True)


def cmd_import(app, args: argparse.Namespace) -> int:
    language = args.lang or "en"

    def say(text: str) -> str:  # not named tr: lupdate would take each call for a source text
        return translated(language, "Interchange", text)

    def translate(context: str, text: str) -> str:
        return translated(language, context, text)

    try:
        if args.what == "undo":
            undone = app.imports.undo(args.target, keep_later_edits=not args.discard_later_edits)
            print(json.dumps(undone.as_json()) if args.json else say(UNDONE).format(**undone.as_json()))
            return 0
        options = ImportOptions(
            entity=_ENTITY[args.what], sheet=args.sheet, encoding=args.encoding,
            header_row=None if args.header_row is None else args.header_row - 1,
            on_duplicate=DuplicatePolicy(args.on_duplicate), dry_run=args.dry_run,
        )
        path = Path(args.target)
        if not path.is_file():
            return _fail(say(CANNOT_IMPORT).format(file=path, reason=say(NO_FILE)))
        result = app.imports.run(path, options, TaskState(None if args.json else _progress), translate=translate,
                                 language=language)
    except InterchangeError as error:
        reason = say(error.message).format(**error.params)
        return _fail(say(CANNOT_IMPORT).format(file=args.target, reason=reason))
    except NotFoundError:
        return _fail(say(NO_BATCH).format(batch=args.target))
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
        return 0
    # What a person reads goes to stderr in their language; stdout keeps the JSON for scripts.
    print(file=sys.stderr)
    print(say(SUMMARY).format(sheet=result.sheet, created=result.created, updated=result.updated,
                                           skipped=result.skipped, errors=result.errors, warnings=result.warnings,
                                           lines=len(result.skipped_lines)), file=sys.stderr)
    if result.unmatched_owners:
        print(say(OWNERS).format(owners=", ".join(result.unmatched_owners)), file=sys.stderr)
    if result.error_report:
        print(say(REPORT).format(path=result.error_report), file=sys.stderr)
    print(json.dumps(result.as_json(), ensure_ascii=False))
    return 0


def cmd_export(app, args: argparse.Namespace) -> int:
    encoding = {"gbk": "gbk", "gb18030": "gb18030"}.get((args.encoding or "").lower(), "utf-8-sig")
    flt = ListFilter()
    if args.segment:
        try:
            flt = ListFilter(segment=app.marketing.segment_named(args.segment).rule)
        except NotFoundError:
            known = ", ".join(s.name for s in app.marketing.segments()) or "none"
            return _fail(f"No segment named {args.segment!r}. Segments: {known}")
    try:
        count = app.exports.export_records(_ENTITY[args.what], args.out, encoding=encoding,
                                           language=args.headers_lang, flt=flt)
    except InterchangeError as error:
        return _fail(f"Cannot export to {args.out}: {error}")
    print(json.dumps({"exported": count, "path": str(args.out)}, ensure_ascii=False))
    return 0

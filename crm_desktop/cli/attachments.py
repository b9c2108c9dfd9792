"""Command line of attachments: `crm attach RECORD_ID FILE` and `crm attachments RECORD_ID`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crm_desktop.cli.errors import translated
from crm_desktop.domain.attachments.entities import (
    KINDS,
    MESSAGES,
    TR_CONTEXT,
    AttachmentData,
    AttachmentError,
    human_size,
)
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, NotFoundError

if TYPE_CHECKING:
    from crm_desktop.controllers.shell.app import CrmApp

NO_RECORD = QT_TRANSLATE_NOOP("Attachments", "No customer, contact, deal, order, ticket or visit has the id {id}.")
ATTACHED = QT_TRANSLATE_NOOP("Attachments", "Attached {name} ({size}) as {id}.")
NONE_YET = QT_TRANSLATE_NOOP("Attachments", "No attachments.")
HERE = QT_TRANSLATE_NOOP("Attachments", "on this computer")
TO_DOWNLOAD = QT_TRANSLATE_NOOP("Attachments", "not downloaded yet")


def add_commands(sub: Any) -> None:
    attach = sub.add_parser("attach", help="keep a file with a customer, contact, deal, order, ticket or visit")
    attach.add_argument("record_id", help="the record's id")
    attach.add_argument("file", type=Path)
    attach.add_argument("--kind", choices=KINDS, default="file")
    attach.add_argument("--json", action="store_true")
    listing = sub.add_parser("attachments", help="the files kept with a record")
    listing.add_argument("record_id")
    listing.add_argument("--json", action="store_true")


def as_json(found: AttachmentData) -> dict[str, Any]:
    return {"id": found.id, "record_type": found.record_type, "record_id": found.record_id,
            "file_name": found.file_name, "content_type": found.content_type, "size": found.size,
            "sha256": found.sha256, "kind": found.kind,
            "created_at": found.created_at.isoformat() if found.created_at else None, "available": found.available}


def _say(args: argparse.Namespace, text: str) -> str:
    return translated(args.lang or "en", TR_CONTEXT, text)


def _record_type(app: CrmApp, args: argparse.Namespace) -> str | None:
    record_type = app.attachments.record_type_of(args.record_id)
    if record_type is None:
        print("crm: " + _say(args, NO_RECORD).replace("{id}", args.record_id), file=sys.stderr)
    return record_type


def cmd_attach(app: CrmApp, args: argparse.Namespace) -> int:
    record_type = _record_type(app, args)
    if record_type is None:
        return 1
    try:
        found = app.attachments.attach_file(record_type, args.record_id, args.file, args.kind)
    except AttachmentError as error:
        print("crm: " + error.message(_say(args, MESSAGES[error.problem])), file=sys.stderr)
        return 1
    except NotFoundError:  # a deleted record keeps its files but takes no new ones
        print("crm: " + _say(args, NO_RECORD).replace("{id}", args.record_id), file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(as_json(found), ensure_ascii=False))
    else:
        print(_say(args, ATTACHED).replace("{name}", found.file_name).replace("{size}", human_size(found.size))
              .replace("{id}", found.id))
    return 0


def cmd_attachments(app: CrmApp, args: argparse.Namespace) -> int:
    record_type = _record_type(app, args)
    if record_type is None:
        return 1
    found = app.attachments.list_for(record_type, args.record_id)
    if args.json:
        print(json.dumps([as_json(a) for a in found], ensure_ascii=False))
        return 0
    if not found:
        print(_say(args, NONE_YET))
    for a in found:
        when = a.created_at.astimezone().strftime("%Y-%m-%d %H:%M") if a.created_at else ""
        where = _say(args, HERE if a.available else TO_DOWNLOAD)
        print(f"{a.id}  {a.file_name}  {human_size(a.size)}  {a.kind}  {when}  {where}")
    return 0

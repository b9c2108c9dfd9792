"""Command line of business cards: `crm card IMAGE [--json] [--save [--force]]`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from crm_desktop.cli.errors import translated
from crm_desktop.domain.cards.entities import CardFields
from crm_desktop.domain.cards.messages import ENGLISH_NAME, NO_FIELDS, TR_CONTEXT
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, ValidationError
from crm_desktop.domain.common.validation import TR_CONTEXT as VALIDATION
from crm_desktop.domain.customers.phones import format_phone

LABELS = (
    ("name", QT_TRANSLATE_NOOP("Cards", "Name")),
    ("alias", QT_TRANSLATE_NOOP("Cards", "English name")),
    ("company", QT_TRANSLATE_NOOP("Cards", "Company")),
    ("title", QT_TRANSLATE_NOOP("Cards", "Title")),
    ("department", QT_TRANSLATE_NOOP("Cards", "Department")),
    ("mobiles", QT_TRANSLATE_NOOP("Cards", "Mobile")),
    ("phones", QT_TRANSLATE_NOOP("Cards", "Phone")),
    ("fax", QT_TRANSLATE_NOOP("Cards", "Fax")),
    ("email", QT_TRANSLATE_NOOP("Cards", "E-mail")),
    ("website", QT_TRANSLATE_NOOP("Cards", "Website")),
    ("address", QT_TRANSLATE_NOOP("Cards", "Address")),
    ("wechat", QT_TRANSLATE_NOOP("Cards", "WeChat")),
    ("other", QT_TRANSLATE_NOOP("Cards", "Also on the card")),
)
NOT_SAVED = QT_TRANSLATE_NOOP("Cards", "Not saved: the card looks like a contact you already have. Add --force to "
                                       "save it all the same.")
SAVED = QT_TRANSLATE_NOOP("Cards", "Saved the contact {name} ({id}).")
ACCOUNT_MADE = QT_TRANSLATE_NOOP("Cards", "Created the company {name}.")
ATTACHED = QT_TRANSLATE_NOOP("Cards", "The card image is attached to the contact.")
NOT_ATTACHED = QT_TRANSLATE_NOOP("Cards", "The contact is saved, but the card image could not be attached: {reason}")
NO_ATTACHMENTS = QT_TRANSLATE_NOOP("Cards", "The contact is saved; this copy of the app keeps no attachments, so the "
                                            "card image was not kept.")


def add_commands(sub: Any) -> None:
    card = sub.add_parser("card", help="read a business card image (offline OCR): the contact's fields",
                          description="crm card IMAGE [--json] [--save [--force]]")
    card.add_argument("image", type=Path, help="a photo or scan of the card (JPEG, PNG, BMP, TIFF, WebP)")
    card.add_argument("--json", action="store_true")
    card.add_argument("--save", action="store_true",
                      help="create the contact (and its company when new) after the duplicate check")
    card.add_argument("--force", action="store_true",
                      help="with --save: create the contact even when the duplicate check finds likely duplicates")


def _text_lines(fields: CardFields, say: Callable[..., str], region: str) -> list[str]:
    out = []
    for name, label in LABELS:
        value = getattr(fields, name)
        if name in ("mobiles", "phones", "fax"):
            value = ", ".join(format_phone(n, region) for n in ((value,) if isinstance(value, str) else value or ()))
        elif name == "other":
            value = " · ".join(value)
        if value:
            out.append(f"{say(label)}: {value}")
    return out


def cmd_card(app: Any, args: argparse.Namespace) -> int:
    from crm_desktop.controllers.cards.ocr import CardImageError

    language = args.lang or "en"

    def say(text: str, context: str = TR_CONTEXT) -> str:  # not named tr: lupdate would take each call for a source
        return translated(language, context, text)

    try:
        fields = app.cards.recognise(args.image)
    except CardImageError as error:
        print("crm: " + say(error.message).format(**error.values), file=sys.stderr)
        return 1
    document = fields.as_json()
    if not fields.found_anything():
        print("crm: " + say(NO_FIELDS), file=sys.stderr)
        if args.json:
            print(json.dumps(document, ensure_ascii=False))
        return 1
    region = app.customers.phone_region
    if not args.json:
        print("\n".join(_text_lines(fields, say, region)))
    if not args.save:
        if args.json:
            print(json.dumps(document, ensure_ascii=False))
        return 0
    notes = say(ENGLISH_NAME).format(name=fields.alias) if fields.alias else None
    try:
        saved = app.cards.save(fields, args.image, force=args.force, notes=notes)
    except ValidationError as error:
        for field, message in error.errors.items():
            print(f"crm: {field}: {say(message, VALIDATION)}", file=sys.stderr)
        return 1
    document["duplicates"] = [{"id": d.id, "name": d.name, "company": d.detail, "mobile": d.mobile,
                               "email": d.email, "reasons": list(d.reasons)} for d in saved.duplicates]
    document["saved"] = None if saved.contact is None else {"id": saved.contact.id, "name": saved.contact.name,
                                                            "account_id": saved.contact.account_id}
    document["account_created"] = saved.account.id if saved.account else None
    document["attached"] = saved.attached
    if args.json:
        print(json.dumps(document, ensure_ascii=False))
    else:
        _say_saved(saved, say, region)
    return 0 if saved.contact is not None else 1


def _say_saved(saved: Any, say: Callable[..., str], region: str) -> None:
    if saved.contact is None:
        print(say(NOT_SAVED), file=sys.stderr)
        for d in saved.duplicates:
            reasons = ", ".join(say(r, "Duplicates") for r in d.reasons)
            detail = " · ".join(x for x in (d.detail, format_phone(d.mobile, region), d.email) if x)
            print(f"  {d.name}  {detail}  ({reasons})", file=sys.stderr)
        return
    print(say(SAVED).format(name=saved.contact.name, id=saved.contact.id))
    if saved.account is not None:
        print(say(ACCOUNT_MADE).format(name=saved.account.name))
    if saved.attached:
        print(say(ATTACHED))
    elif saved.attach_error is not None:
        print(say(NOT_ATTACHED).format(reason=_reason(saved.attach_error, say)), file=sys.stderr)
    else:
        print(say(NO_ATTACHMENTS), file=sys.stderr)


def _reason(error: Exception, say: Callable[..., str]) -> str:
    """An attachment's problem in the user's language where it carries its message's source."""
    problem = getattr(error, "problem", None)
    if problem is not None and hasattr(error, "message"):
        from crm_desktop.domain.attachments.entities import MESSAGES
        from crm_desktop.domain.attachments.entities import TR_CONTEXT as ATTACHMENTS

        return str(error.message(say(MESSAGES[problem], ATTACHMENTS)))
    return str(error)

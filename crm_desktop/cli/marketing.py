"""Command line of marketing: `crm campaign send ID`, `crm segment count NAME`, `crm mail setup ...`.

The mail password comes from the keyring, else $CRM_SMTP_PASSWORD, else a prompt on a terminal.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import signal
import sys

from crm_desktop.domain.common.validation import NotFoundError, ValidationError
from crm_desktop.domain.marketing.mail import MailSecurity, MailSettings, SendProblem
from crm_desktop.secrets import NoKeyringAvailableError, load_secret
from crm_desktop.tasks import TaskState

PASSWORD_ENV = "CRM_SMTP_PASSWORD"
DEFAULT_PORTS = {MailSecurity.STARTTLS: 587, MailSecurity.SSL: 465, MailSecurity.NONE: 25}
NOT_SET_UP = "no mail server set up on this computer: run `crm mail setup --host HOST --from ADDRESS` first."
OPTIONS = {"host": "--host", "port": "--port", "security": "--security", "from_address": "--from",
           "rate_per_minute": "--rate"}
PROBLEMS = {
    SendProblem.OFFLINE: "The mail server cannot be reached; the rest stay queued: run this again when online.",
    SendProblem.LOGIN: "Cannot log in to the mail server; check the username and password (crm mail setup).",
    SendProblem.TLS: "No secure connection to the mail server; check --security and --port (crm mail setup).",
    SendProblem.BUSY: "Another send run is using this outbox; try again when it has finished.",
    SendProblem.CANCELLED: "Stopped; the rest stay queued.",
}


def add_commands(sub) -> None:
    campaign = sub.add_parser("campaign", help="e-mail campaigns: queue and send their messages")
    actions = campaign.add_subparsers(dest="campaign_action", required=True)
    send = actions.add_parser("send", help="queue the campaign's messages, then send what is queued")
    send.add_argument("campaign", metavar="CAMPAIGN_ID", help="the campaign's id (or its exact name)")
    send.add_argument("--dry-run", action="store_true", help="say what would be queued and sent; change nothing")
    send.add_argument("--json", action="store_true")

    segment = sub.add_parser("segment", help="saved segments of contacts or accounts")
    segment_actions = segment.add_subparsers(dest="segment_action", required=True)
    count = segment_actions.add_parser("count", help="how many live records a saved segment picks now")
    count.add_argument("name", metavar="SEGMENT_NAME")
    count.add_argument("--json", action="store_true")

    mail = sub.add_parser("mail", help="this computer's mail server for campaigns")
    mail_actions = mail.add_subparsers(dest="mail_action", required=True)
    setup = mail_actions.add_parser("setup", help="set the SMTP server (password: $CRM_SMTP_PASSWORD or a prompt)")
    setup.add_argument("--host", required=True, help="the SMTP server, e.g. smtp.exmail.qq.com")
    setup.add_argument("--port", type=int, default=None, help="default: 587 for starttls, 465 for ssl, 25 for none")
    setup.add_argument("--security", choices=[s.value for s in MailSecurity], default=MailSecurity.STARTTLS)
    setup.add_argument("--user", default=None, help="the login name (none: the server takes mail without one)")
    setup.add_argument("--from", dest="from_address", required=True, help="the sender address")
    setup.add_argument("--from-name", default=None, help="the sender name shown to recipients")
    setup.add_argument("--rate", type=int, default=30, help="most messages a minute (default: %(default)s)")


def _ask_password(settings: MailSettings) -> str | None:
    found = os.environ.get(PASSWORD_ENV)
    if found:
        return found
    if sys.stdin.isatty():
        return getpass.getpass(f"Password for {settings.username} on {settings.host}: ")
    return None


@contextlib.contextmanager
def _cancel_on_ctrl_c(state: TaskState):
    """Ctrl+C ends the run between two messages, never while the server has one (that would leave it unsure)."""
    try:
        previous = signal.signal(signal.SIGINT, lambda *_: state.cancel())
    except ValueError:  # not the main thread: the default handling stays
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _campaign_id(app, wanted: str) -> str | None:
    with contextlib.suppress(NotFoundError):
        return app.marketing.campaign(wanted).id
    named = [c.id for c in app.marketing.campaigns() if c.name == wanted.strip()]
    return named[0] if len(named) == 1 else None


def cmd_campaign(app, args) -> int:
    from crm_desktop.controllers.marketing.email_outbox import (
        MailNotSetUpError,  # loaded when used: the window starts here too
    )

    campaign_id = _campaign_id(app, args.campaign)
    if campaign_id is None:
        print(f"crm campaign send: no such campaign: {args.campaign}", file=sys.stderr)
        return 2
    if not args.dry_run and app.email.settings() is None:
        print(f"crm campaign send: {NOT_SET_UP}", file=sys.stderr)
        return 2
    app.email.password_lookup = _ask_password
    state = TaskState(_show_progress if sys.stderr.isatty() else None)
    try:
        with _cancel_on_ctrl_c(state):
            figures = app.email.send_campaign(campaign_id, dry_run=args.dry_run, state=state)
    except ValidationError as error:
        reason = "campaign has no template" if "template_id" in error.errors else str(error)
        print(f"crm campaign send: {reason}: choose its e-mail template first.", file=sys.stderr)
        return 2
    except MailNotSetUpError:
        print(f"crm campaign send: {NOT_SET_UP}", file=sys.stderr)
        return 2
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        _summary(figures)
    if figures.get("problem"):
        print(f"crm campaign send: {PROBLEMS[figures['problem']]} {figures['detail']}".rstrip(), file=sys.stderr)
    if args.dry_run:
        return 0
    return 1 if figures["failed"] or figures["remaining"] or figures["unsure"] or figures["problem"] else 0


def _show_progress(done: int, total: int, address: str) -> None:
    print(f"\rsent {done:,}/{total:,} {address:<40}", end="", file=sys.stderr, flush=True)


def _summary(f: dict) -> None:
    verb = "Would queue" if f.get("dry_run") else "Queued"
    print(f"{verb} {f['queued']} new messages ({f['opted_out']} opted out, {f['no_email']} without an e-mail "
          f"address, {f['already_queued']} queued before).")
    if f.get("dry_run"):
        print(f"Would send {f['would_send']}. Nothing was written or sent.")
        for p in f["preview"]:
            print(f"  {p['to']}\t{p['subject']}")
        return
    print(f"Sent {f['sent']}, failed {f['failed']}, skipped {f['skipped']} (opted out since), "
          f"still queued {f['remaining']}.")
    if f["unsure"]:
        print(f"{f['unsure']} may have arrived: the connection broke as they were sent. Check, then resend them "
              f"or mark them sent in the window; they are not sent again on their own.")


def cmd_segment(app, args) -> int:
    try:
        segment = app.marketing.segment_named(args.name)
    except NotFoundError:
        known = ", ".join(s.name for s in app.marketing.segments()) or "none"
        print(f"crm segment count: no segment named {args.name!r}. Segments: {known}", file=sys.stderr)
        return 2
    count = app.marketing.count_segment(segment.id)
    target = str(segment.rule.target)
    if args.json:
        print(json.dumps({"segment": segment.name, "target": target, "count": count}, ensure_ascii=False))
    else:
        print(f"{segment.name}: {count:,} {target}s")
    return 0


def cmd_mail(app, args) -> int:
    settings = MailSettings(host=args.host, port=args.port or DEFAULT_PORTS[MailSecurity(args.security)],
                            security=args.security, username=args.user, from_address=args.from_address,
                            from_name=args.from_name, rate_per_minute=args.rate)
    password = None
    if args.user:
        password = os.environ.get(PASSWORD_ENV) or (
            getpass.getpass(f"Password for {args.user} on {args.host}: ") if sys.stdin.isatty() else None)
    try:
        saved = app.email.save_settings(settings, password)
    except ValidationError as error:
        for field, message in error.errors.items():
            print(f"crm mail setup: {OPTIONS.get(field, field)}: {message}", file=sys.stderr)
        return 2
    print(f"Mail goes out through {saved.host}:{saved.port} ({saved.security}) from {saved.from_address}, "
          f"at most {saved.rate_per_minute} a minute.")
    if args.user and not password:
        print(f"No password given: set {PASSWORD_ENV} or run this on a terminal to save one.", file=sys.stderr)
    elif password:
        try:
            in_keyring = load_secret(saved.secret_name) == password
        except NoKeyringAvailableError:
            in_keyring = False
        if not in_keyring:
            print(f"No keyring on this computer: the password was not kept; give it in {PASSWORD_ENV} when "
                  "sending.", file=sys.stderr)
    return 0

"""The domain's rules applied to a record as a push leaves it: required fields, choices, status
flows, e-mail and score checks, all from `crm_desktop/domain`, so the server accepts exactly what
the app's own forms accept."""

from __future__ import annotations

from enum import StrEnum

from crm_desktop.domain.common.validation import FieldError
from crm_desktop.domain.customers import enums
from crm_desktop.domain.customers.emails import normalize_email
from crm_desktop.domain.sales import rules as sales_rules
from crm_desktop.domain.sales.entities import TransitionError
from crm_desktop.domain.service import rules as service_rules
from crm_desktop.sync.schema import EntitySpec
from crm_server.wire_values import RejectionError

CHOICES: dict[tuple[str, str], type[StrEnum]] = {
    ("account", "level"): enums.AccountLevel,
    ("account", "status"): enums.AccountStatus,
    ("account", "source"): enums.AccountSource,
    ("activity", "kind"): enums.ActivityKind,
    ("opportunity", "status"): enums.OpportunityStatus,
    ("opportunity", "source"): enums.AccountSource,
    ("sales_order", "kind"): enums.DocumentKind,
    ("sales_order", "status"): enums.OrderStatus,
    ("ticket", "type"): enums.TicketType,
    ("ticket", "channel"): enums.TicketChannel,
    ("ticket", "priority"): enums.TicketPriority,
    ("ticket", "status"): enums.TicketStatus,
    ("ticket_event", "kind"): enums.TicketEventKind,
}


def check_record(spec: EntitySpec, before: dict | None, after: dict, changed: set[str]) -> None:
    """RejectionError if `after` (the row with the mutation applied) breaks a rule; `before` is the
    row as the server had it (None for a new record), `changed` the fields the mutation set."""
    for name, field in spec.fields.items():
        if field.required and (after.get(name) is None or (field.kind == "str" and not str(after[name]).strip())):
            raise RejectionError("required", name)
    for name in changed:
        value = after.get(name)
        choices = CHOICES.get((spec.name, name))
        if choices is not None and value is not None and value not in {c.value for c in choices}:
            raise RejectionError(f"not one of {', '.join(c.value for c in choices)}", name)
    try:
        _entity_rules(spec.name, before, after, changed)
    except FieldError as error:
        raise RejectionError(error.message, error.field) from None
    except TransitionError as error:
        raise RejectionError(f"status cannot change from {error.current} to {error.wanted}", "status") from None


def _entity_rules(entity: str, before: dict | None, after: dict, changed: set[str]) -> None:
    status_changed = (before is not None and "status" in changed and before.get("status") is not None
                      and before["status"] != after.get("status"))
    if entity == "contact" and "email" in changed and after.get("email"):
        normalize_email(after["email"])
    elif entity == "opportunity" and "probability" in changed and after.get("probability") is not None:
        if not 0 <= after["probability"] <= 100:
            raise FieldError("probability", sales_rules.BAD_PROBABILITY)
    elif entity == "sales_order" and status_changed:
        sales_rules.check_transition(after.get("kind"), before["status"], after["status"])
    elif entity == "ticket":
        if status_changed:
            service_rules.check_transition(before["status"], after["status"])
        if "satisfaction_score" in changed and after.get("satisfaction_score") is not None:
            service_rules.clean_score(after["satisfaction_score"])

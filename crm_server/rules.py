"""The record rules applied to a record as a push leaves it: required fields, choices, status flows,
e-mail and score checks, all from the protocol's rules (crm_protocol.rules), which the app's own forms
apply too, so the server accepts exactly what the app accepts."""

from __future__ import annotations

from typing import Any

from crm_protocol.checks import RejectionError
from crm_protocol.fields import EntitySpec
from crm_protocol.rules.bounds import check_probability, clean_score
from crm_protocol.rules.emails import normalize_email
from crm_protocol.rules.errors import FieldError, TransitionError
from crm_protocol.rules.flows import check_order_transition, check_ticket_transition
from crm_protocol.vocabularies import CHOICES


def check_record(spec: EntitySpec, before: dict[str, Any] | None, after: dict[str, Any], changed: set[str]) -> None:
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


def _status_move(before: dict[str, Any] | None, after: dict[str, Any], changed: set[str]) -> tuple[Any, Any] | None:
    """(status before, status after) when the mutation changed a status the record had, else None."""
    old = before.get("status") if before is not None else None
    if "status" not in changed or old is None or old == after.get("status"):
        return None
    return old, after["status"]


def _entity_rules(entity: str, before: dict[str, Any] | None, after: dict[str, Any], changed: set[str]) -> None:
    status_move = _status_move(before, after, changed)
    if entity == "contact" and "email" in changed and after.get("email"):
        normalize_email(after["email"])
    elif entity == "opportunity" and "probability" in changed and after.get("probability") is not None:
        check_probability(after["probability"])
    elif entity == "sales_order" and status_move:
        check_order_transition(after.get("kind") or "", *status_move)
    elif entity == "ticket":
        if status_move:
            check_ticket_transition(*status_move)
        if "satisfaction_score" in changed and after.get("satisfaction_score") is not None:
            clean_score(after["satisfaction_score"])

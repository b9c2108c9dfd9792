"""Undoable pipeline steps (create, edit, delete, stage move of a deal), each a controller call."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from crm_desktop.controllers.sales.controller import SalesController
from crm_desktop.domain.sales.entities import LineInput, OpportunityData, OpportunityInput, StageMove, StageState
from crm_desktop.gui.common.undo_commands import ControllerCommand


def as_input(data: OpportunityData) -> OpportunityInput:
    """The editable part of a saved deal, for writing it back (amount and lines as they were)."""
    lines = tuple(LineInput(x.product_id, x.quantity, x.unit_price, x.discount_pct) for x in data.lines)
    return OpportunityInput(
        name=data.name, account_id=data.account_id, contact_id=data.contact_id, stage_id=data.stage_id,
        amount=data.amount, currency=data.currency,
        probability=data.probability if data.probability_manual else None,
        expected_close=data.expected_close, source=data.source, campaign_id=data.campaign_id,
        owner_id=data.owner_id, notes=data.notes, lines=lines, lost_reason=data.lost_reason,
        lost_reason_code=data.lost_reason_code,
    )


def state_of(data: OpportunityData) -> StageState:
    return StageState(data.stage_id, data.probability, data.probability_manual, data.status, data.lost_reason,
                      data.closed_at, data.lost_reason_code)


def created(sales: SalesController, record: OpportunityData, after, on_error=None) -> ControllerCommand:
    return ControllerCommand(_text("Create %1", record.name), lambda: sales.restore(record.id),
                             lambda: sales.delete(record.id), after, on_error=on_error)


def deleted(sales: SalesController, record: OpportunityData, after, on_error=None) -> ControllerCommand:
    """Not yet applied: pushing it deletes the deal."""
    return ControllerCommand(_text("Delete %1", record.name), lambda: sales.delete(record.id),
                             lambda: sales.restore(record.id), after, applied=False, on_error=on_error)


def edited(sales: SalesController, before: OpportunityData, saved: OpportunityData, after,
           on_error=None) -> ControllerCommand:
    def put(data: OpportunityData) -> None:
        sales.update(data.id, as_input(data))
        # update() stamps a new close time on entering won/lost; put the recorded one back.
        sales.set_stage_state(data.id, state_of(data))

    return ControllerCommand(_text("Edit %1", saved.name), lambda: put(saved), lambda: put(before), after,
                             on_error=on_error)


def moved(sales: SalesController, move: StageMove, stage_name: str, after, on_error=None) -> ControllerCommand:
    """A drag on the board (or "Move to stage"), already applied; undo and redo restore the exact stage states."""
    text = _text("Move %1 to %2", move.name).replace("%2", stage_name)
    return ControllerCommand(text, lambda: sales.set_stage_state(move.opportunity_id, move.after),
                             lambda: sales.set_stage_state(move.opportunity_id, move.before), after,
                             on_error=on_error)


def _text(template: str, name: str) -> str:
    return QCoreApplication.translate("PipelineUndo", template).replace("%1", name)


_TEMPLATES = (  # for lupdate: the templates above, translated at run time
    QT_TRANSLATE_NOOP("PipelineUndo", "Create %1"),
    QT_TRANSLATE_NOOP("PipelineUndo", "Delete %1"),
    QT_TRANSLATE_NOOP("PipelineUndo", "Edit %1"),
    QT_TRANSLATE_NOOP("PipelineUndo", "Move %1 to %2"),
)

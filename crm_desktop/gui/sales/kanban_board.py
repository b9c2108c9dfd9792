"""The pipeline board: a column of deal cards per open stage, drag to move, Won and Lost drop strips."""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import settings
from crm_desktop.domain.common.ids import utcnow
from crm_desktop.domain.common.validation import TR_CONTEXT, ValidationError
from crm_desktop.domain.sales.entities import PipelineFilter, PipelineTotal, StageData
from crm_desktop.gui.common import undo_commands
from crm_desktop.gui.common.labels import translate_message
from crm_desktop.gui.common.money_text import money_text
from crm_desktop.gui.sales import pipeline_undo
from crm_desktop.gui.sales.kanban_cards import CardListView, StageCardModel, payload_of
from crm_desktop.gui.sales.lost_reason_dialog import LostReasonDialog

__all__ = ["KanbanBoard", "LostReasonDialog"]

COLUMN_WIDTH = 240
CARDS_PER_LOAD = 50


class StageColumn(QFrame):
    """One open stage: its name, count and totals above a list of cards."""

    def __init__(self, column: PipelineTotal, model: StageCardModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("stageColumn")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(COLUMN_WIDTH)
        self.setMaximumWidth(COLUMN_WIDTH * 3 // 2)
        self.stage = column.stage
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.title_label = QLabel()
        self.title_label.setObjectName("stageTitle")
        self.totals_label = QLabel()
        self.totals_label.setObjectName("stageTotals")
        self.view = CardListView()
        self.view.setModel(model)
        layout.addWidget(self.title_label)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.view, 1)
        self.set_totals(column)

    def set_totals(self, column: PipelineTotal) -> None:
        self.stage = column.stage
        self.title_label.setText(self.tr("<b>%1</b> (%2)").replace("%1", html.escape(column.stage.name))
                                 .replace("%2", str(column.count)))
        self.totals_label.setText(self.tr("%1 · weighted %2").replace("%1", money_text(column.amount))
                                  .replace("%2", money_text(column.weighted)))


class DropStrip(QLabel):
    """A closing stage (won or lost) as a drop target under the columns."""

    sig_card_dropped = Signal(str, str)  # (opportunity id, its stage id)

    def __init__(self, stage: StageData, parent=None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName("wonStrip" if stage.is_won else "lostStrip")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumHeight(44)
        self.setAcceptDrops(True)
        self.setText(self.tr("Drop here: %1").replace("%1", stage.name))
        self._paint(False)

    def _paint(self, hovered: bool) -> None:
        # Green for won, red for lost; stronger while a card hovers over the strip.
        base = "46, 160, 67" if self.stage.is_won else "192, 57, 43"
        alpha = 0.35 if hovered else 0.12
        self.setStyleSheet(f"QLabel {{ background: rgba({base}, {alpha}); border: 2px dashed rgb({base});"
                           " border-radius: 6px; font-weight: bold; }")

    def dragEnterEvent(self, event) -> None:
        if payload_of(event.mimeData()):
            event.acceptProposedAction()
            self._paint(True)

    def dragLeaveEvent(self, event) -> None:
        self._paint(False)

    def dropEvent(self, event) -> None:
        self._paint(False)
        payload = payload_of(event.mimeData())
        if payload:
            event.acceptProposedAction()
            # After the drag has finished: asking for a lost reason inside a drop is a nested loop.
            QTimer.singleShot(0, self, lambda: self.sig_card_dropped.emit(*payload))


class KanbanBoard(QWidget):
    sig_open_opportunity = Signal(str)
    sig_card_menu = Signal(str, str, QPoint)  # (opportunity id, its stage id, global position) of a right click
    sig_changed = Signal()  # a deal moved (also by undo/redo): totals elsewhere are stale
    sig_deal_moved = Signal(str)  # opportunity id: moved here (a drag or "Move to stage"), for other pages
    sig_reloaded = Signal()  # the columns show what a reload fetched

    def __init__(self, sales, jobs, undo_stack, prefs, parent=None) -> None:
        super().__init__(parent)
        self.sales, self.jobs = sales, jobs
        self._generation = 0  # what an older reload fetched is dropped
        self.loading = False
        self.undo_stack = undo_stack
        self.prefs = prefs
        self.filter = PipelineFilter()
        self.columns: list[StageColumn] = []
        self.strips: list[DropStrip] = []
        self.stages: list[StageData] = []  # every stage, open and closed, as the last reload found them
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.columns_host = QWidget()
        self.columns_layout = QHBoxLayout(self.columns_host)
        self.columns_layout.setContentsMargins(0, 0, 0, 0)
        self.columns_layout.addStretch()
        self.scroll.setWidget(self.columns_host)
        self.strips_layout = QHBoxLayout()
        layout.addWidget(self.scroll, 1)
        layout.addLayout(self.strips_layout)

    # --- loading -----------------------------------------------------------------------

    def set_filter(self, flt: PipelineFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Totals by SQL aggregate and the first cards of each column; never every deal."""
        self._generation += 1
        generation, flt = self._generation, self.filter
        self.loading = True

        def fetch():  # the stages too (a few rows): "Move to stage" lists them as they are now
            return self.sales.board(flt, CARDS_PER_LOAD), self.sales.stages()

        self.jobs.run_db(fetch, on_done=lambda fetched: self._show(generation, *fetched))

    def _show(self, generation: int, board: list[PipelineTotal], stages: list[StageData]) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.stages = stages
        stale_days = self.prefs.get(settings.STALE_DAYS) if self.prefs is not None else 0
        now = utcnow()
        if [c.stage.id for c in board] != [c.stage.id for c in self.columns]:
            self._build(board)
        for widget, column in zip(self.columns, board, strict=True):
            widget.model.reset(column, stale_days, now, self._loader(column.stage.id))
            widget.set_totals(column)
        if not self.strips:
            self._build_strips(stages)
        self.sig_reloaded.emit()

    def _loader(self, stage_id: str):
        flt = self.filter
        return lambda offset, limit: self.sales.stage_cards(stage_id, flt, offset, limit)

    def _build(self, board: list[PipelineTotal]) -> None:
        for widget in self.columns:
            widget.setParent(None)
            widget.deleteLater()
        self.columns = []
        for position, column in enumerate(board):
            widget = StageColumn(column, StageCardModel(self.jobs, self))
            widget.view.sig_card_dropped.connect(
                lambda opp_id, from_stage, stage=column.stage: self._dropped(opp_id, from_stage, stage))
            widget.view.sig_card_activated.connect(self.sig_open_opportunity)
            widget.view.sig_card_menu.connect(self.sig_card_menu)
            self.columns_layout.insertWidget(position, widget)
            self.columns.append(widget)

    def _build_strips(self, stages: list[StageData]) -> None:
        for stage in stages:
            if stage.is_open:
                continue
            strip = DropStrip(stage)
            strip.sig_card_dropped.connect(
                lambda opp_id, from_stage, stage=stage: self._dropped(opp_id, from_stage, stage))
            self.strips_layout.addWidget(strip)
            self.strips.append(strip)

    def column(self, stage_id: str) -> StageColumn | None:
        return next((c for c in self.columns if c.stage.id == stage_id), None)

    def strip(self, won: bool) -> DropStrip:
        return next(s for s in self.strips if s.stage.is_won == won)

    # --- moving ------------------------------------------------------------------------

    def _dropped(self, opp_id: str, from_stage: str, stage: StageData) -> None:
        if from_stage != stage.id:
            self.request_move(opp_id, stage)

    def request_move(self, opp_id: str, stage: StageData) -> None:
        """Move a deal as a drop on `stage` does (a drag, or "Move to stage"): a lost stage first asks why;
        cancelling moves nothing."""
        if stage.is_lost:
            dialog = LostReasonDialog(self.sales, self.jobs, self.window())  # on the window: the board may be hidden
            if not dialog.exec():
                return
            self.move_card(opp_id, stage, dialog.reason(), dialog.code())
        else:
            self.move_card(opp_id, stage)

    def move_card(self, opp_id: str, stage: StageData, lost_reason: str | None = None,
                  lost_reason_code: str | None = None) -> None:
        """Move a deal to `stage` (on the database thread) and put the move on the undo stack."""
        self.jobs.run_db(self.sales.move_stage, opp_id, stage.id, lost_reason, lost_reason_code,
                         on_done=lambda move: self._moved(move, stage), on_error=self._move_failed)

    def _moved(self, move, stage: StageData) -> None:
        undo_commands.push(self.undo_stack, self.jobs,
                           pipeline_undo.moved(self.sales, move, stage.name, self._changed, self._undo_failed))
        self._changed()
        self.sig_deal_moved.emit(move.opportunity_id)

    def _move_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self._warn(self.tr("Move deal"), error)
        elif isinstance(error, LookupError):
            self._warn(self.tr("Move deal"), None)
            self._changed()
        else:
            raise error

    def _changed(self) -> None:
        self.reload()
        self.sig_changed.emit()

    def _undo_failed(self, text: str, _error: Exception) -> None:
        QMessageBox.warning(self, text, self.tr("The deal was changed or deleted meanwhile; the step was dropped."))

    def _warn(self, title: str, error: ValidationError | None) -> None:
        if error is None:
            message = self.tr("This deal no longer exists.")
        else:
            message = "\n".join(translate_message(TR_CONTEXT, m) for m in error.errors.values())
        QMessageBox.warning(self, title, message)

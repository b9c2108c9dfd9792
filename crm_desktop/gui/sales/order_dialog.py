"""One quote or sales order: header, product lines, status actions (stock check on confirm), PDF."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from crm_desktop.domain.common import money
from crm_desktop.domain.common.validation import TR_CONTEXT, ValidationError
from crm_desktop.domain.customers.enums import DocumentKind, OrderStatus
from crm_desktop.domain.sales.entities import OrderData, OrderInput, Shortage, StockShortageError, TransitionError
from crm_desktop.domain.sales.rules import next_statuses
from crm_desktop.gui.attachments.section import files_tab
from crm_desktop.gui.common.formats import date_format
from crm_desktop.gui.common.labels import DOCUMENT_KIND, ORDER_ACTION, ORDER_STATUS, label, translate_message
from crm_desktop.gui.common.money_text import quantity_text
from crm_desktop.gui.sales.line_items_editor import LineItemsEditor
from crm_desktop.gui.sales.order_pdf import write_order_pdf

if TYPE_CHECKING:
    from crm_desktop.controllers.shell.app import CrmApp
    from crm_desktop.gui.shell.jobs import JobRunner

_EDITABLE = (OrderStatus.DRAFT, OrderStatus.SENT)


def number_text(number: str, provisional: bool) -> str:
    """"SO-2026-000012 (provisional)" until the server has confirmed the number."""
    if not provisional:
        return number
    return QCoreApplication.translate("OrderDialog", "%1 (provisional)").replace("%1", number)


def shortage_lines(shortages: list[Shortage]) -> list[str]:
    lines = []
    for s in shortages:
        if s.inactive:
            text = QCoreApplication.translate("OrderDialog", "%1  %2: inactive product")
        else:
            text = QCoreApplication.translate("OrderDialog", "%1  %2: requested %3, available %4")
            text = text.replace("%3", quantity_text(s.requested)).replace("%4", quantity_text(s.available))
        lines.append(text.replace("%1", s.sku).replace("%2", s.name))
    return lines


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class OrderDialog(QDialog):
    """Edits drafts (and sent quotes); everything later is read-only and moves by status buttons only."""

    sig_saved = Signal(str)  # order id, after any write (save, status change, conversion)
    # An action (save, status change, conversion) ended: True when it did what was asked. Writes run on the
    # database thread, so this is how their outcome is known.
    sig_done = Signal(bool)

    def __init__(self, crm: CrmApp, jobs: JobRunner, order: OrderData | None = None, kind: str | None = None,
                 account: tuple[str, str] | None = None, company_name: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.crm, self.jobs, self.company_name = crm, jobs, company_name
        self.order = order
        self.kind = order.kind if order else (kind or DocumentKind.QUOTE.value)
        self.account = (order.account_id, order.account_name) if order else account
        self.dirty = order is None
        self.resize(860, 600)

        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.title.setFont(font)
        self.status_label = QLabel(self)
        self.account_label = QLabel(self.account[1] if self.account else "", self)
        self.currency_combo = QComboBox(self)
        for code in money.currencies():
            self.currency_combo.addItem(code, code)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.valid_check = QCheckBox(self.tr("Valid until"), self)
        self.valid_edit = QDateEdit(self)
        self.valid_edit.setCalendarPopup(True)
        self.valid_edit.setDisplayFormat(date_format())
        self.valid_check.toggled.connect(self.valid_edit.setEnabled)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setMaximumHeight(60)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        currency = order.currency if order else money.HOME_CURRENCY
        self.editor = LineItemsEditor(crm.products, jobs, currency, self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Account:"), self.account_label)
        form.addRow(self.tr("&Currency:"), self.currency_combo)
        form.addRow(self.tr("Order &date:"), self.date_edit)
        valid = QHBoxLayout()
        valid.addWidget(self.valid_check)
        valid.addWidget(self.valid_edit, 1)
        self.valid_row = valid
        form.addRow(self.tr("Quote:"), valid)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        self.form = form

        self.actions = QHBoxLayout()
        self.convert_button = QPushButton(self.tr("Convert to &order"), self)
        self.print_button = QPushButton(self.tr("&Print / PDF…"), self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.convert_button.clicked.connect(self.convert)
        self.print_button.clicked.connect(lambda: self.print_pdf())
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.accept)
        self.save_button.setDefault(True)
        bottom = QHBoxLayout()
        bottom.addLayout(self.actions)
        bottom.addStretch(1)
        for button in (self.convert_button, self.print_button, self.save_button, self.close_button):
            bottom.addWidget(button)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.editor, 1)
        layout.addLayout(bottom)
        # The signed quote, the purchase order, the delivery note: in a tab beside the lines.
        self.files = files_tab(layout, self.editor, jobs, getattr(crm, "attachments", None), "sales_order",
                               order.id if order else None, self.tr("Lines"))

        self._load()
        self.editor.sig_changed.connect(self._touched)
        self.currency_combo.currentIndexChanged.connect(self._currency_changed)
        self.date_edit.dateChanged.connect(self._touched)
        self.valid_check.toggled.connect(self._touched)
        self.valid_edit.dateChanged.connect(self._touched)
        self.notes_edit.textChanged.connect(self._touched)

    # --- showing -------------------------------------------------------------------------

    def _load(self) -> None:
        o = self.order
        today = date.today()
        kind_text = label(DOCUMENT_KIND, self.kind)
        if o is None:
            self.title.setText(self.tr("New quote") if self.kind == DocumentKind.QUOTE else self.tr("New sales order"))
        else:
            self.title.setText(f"{kind_text}  {number_text(o.number, o.number_provisional)}")
        font = self.title.font()
        font.setItalic(bool(o and o.number_provisional))
        self.title.setFont(font)
        self.title.setToolTip(self.tr("Provisional number: the server assigns the final one at the next sync.")
                              if o and o.number_provisional else "")
        self.setWindowTitle(self.title.text())
        status = o.status if o else OrderStatus.DRAFT.value
        self.status_label.setText(label(ORDER_STATUS, status))
        for widget in (self.currency_combo, self.date_edit, self.valid_check, self.valid_edit, self.notes_edit):
            widget.blockSignals(True)
        self.currency_combo.setCurrentIndex(max(0, self.currency_combo.findData(o.currency if o else
                                                                                money.HOME_CURRENCY)))
        self.date_edit.setDate(_qdate(o.order_date if o else today))
        self.valid_check.setChecked(bool(o and o.valid_until))
        self.valid_edit.setDate(_qdate(o.valid_until if o and o.valid_until else today))
        self.valid_edit.setEnabled(self.valid_check.isChecked())
        self.notes_edit.setPlainText(o.notes or "" if o else "")
        for widget in (self.currency_combo, self.date_edit, self.valid_check, self.valid_edit, self.notes_edit):
            widget.blockSignals(False)
        is_quote = self.kind == DocumentKind.QUOTE
        self.form.setRowVisible(self.valid_row, is_quote)
        if o:
            self.editor.set_currency(o.currency)
            self.editor.set_lines(o.lines)
        editable = status in _EDITABLE
        for widget in (self.currency_combo, self.date_edit, self.valid_check, self.notes_edit):
            widget.setEnabled(editable)
        self.valid_edit.setEnabled(editable and self.valid_check.isChecked())
        self.notes_edit.setReadOnly(not editable)
        self.editor.set_read_only(not editable)
        self.save_button.setVisible(editable)
        self.convert_button.setVisible(is_quote and status in (*_EDITABLE, OrderStatus.ACCEPTED))
        self._status_buttons(status)

    def _status_buttons(self, status: str) -> None:
        while self.actions.count():
            widget = self.actions.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.status_buttons: dict[str, QPushButton] = {}
        wanted = self.crm.orders.next_statuses(self.order) if self.order else sorted(
            next_statuses(self.kind, status), key=list(OrderStatus).index)
        for target in wanted:
            if self.kind == DocumentKind.QUOTE and target == OrderStatus.ACCEPTED:
                continue  # "Convert to order" accepts the quote and makes the order in one step
            text = label(ORDER_ACTION, target)
            if target == OrderStatus.CANCELLED:
                # A bare "Cancel" beside "Close" reads like closing the dialog.
                text = self.tr("Cancel quote") if self.kind == DocumentKind.QUOTE else self.tr("Cancel order")
            button = QPushButton(text, self)
            button.clicked.connect(lambda checked=False, t=target: self.change_status(t))
            self.actions.addWidget(button)
            self.status_buttons[target] = button

    def _touched(self, *args) -> None:
        self.dirty = True

    def _currency_changed(self) -> None:
        self.editor.set_currency(self.currency_combo.currentData())
        self.dirty = True

    def _show_message(self, title: str, error: Exception) -> None:
        messages = error.errors.values() if isinstance(error, ValidationError) else [str(error)]
        QMessageBox.warning(self, title, "\n".join(translate_message(TR_CONTEXT, m) for m in messages))

    # --- writing -------------------------------------------------------------------------

    def collect(self) -> OrderInput:
        valid = self.valid_edit.date().toPython() if self.kind == DocumentKind.QUOTE and \
            self.valid_check.isChecked() else None
        return OrderInput(kind=self.kind, account_id=self.account[0] if self.account else "",
                          opportunity_id=self.order.opportunity_id if self.order else None,
                          currency=self.currency_combo.currentData(), order_date=self.date_edit.date().toPython(),
                          valid_until=valid, notes=self.notes_edit.toPlainText(), lines=self.editor.lines())

    def save(self, then=None) -> None:
        """Write the header and lines; refused fields are marked and the dialog stays open. `then(ok)` after."""
        self.error_label.setVisible(False)
        try:
            data = self.collect()
        except ValidationError as error:
            self._refused(error, then)
            return
        orders, order = self.crm.orders, self.order
        write = (lambda: orders.update(order.id, data)) if order else (lambda: orders.create(data))
        self.jobs.run_db(write, on_done=lambda saved: self._saved(saved, then),
                         on_error=lambda error: self._refused(error, then))

    def _saved(self, order: OrderData, then=None) -> None:
        if self.files is not None and self.order is None:
            self.files.show_record("sales_order", order.id)  # a new quote takes files once it is saved
        self.order = order
        self.dirty = False
        self._load()
        self.sig_saved.emit(order.id)
        self._end(True, then)

    def _refused(self, error: BaseException, then) -> None:
        if not isinstance(error, ValidationError):
            raise error
        self.editor.show_errors({k: v for k, v in error.errors.items() if k.startswith("lines")})
        other = [translate_message(TR_CONTEXT, v) for k, v in error.errors.items() if not k.startswith("lines")]
        self.error_label.setText("\n".join(other))
        self.error_label.setVisible(bool(other))
        self._end(False, then)

    def _end(self, ok: bool, then=None) -> None:
        if then is not None:
            then(ok)
        else:
            self.sig_done.emit(ok)

    def _saved_first(self, then) -> None:
        """`then()` once nothing unsaved is left (at once when there was nothing to save)."""
        editable = self.order is None or self.order.status in _EDITABLE
        if not (editable and self.dirty):
            then()
        else:
            self.save(lambda ok: then() if ok else self.sig_done.emit(False))

    def change_status(self, status: str) -> None:
        self._saved_first(lambda: self._change_status(status))

    def _change_status(self, status: str) -> None:
        o = self.order
        if status == OrderStatus.CANCELLED and o.status == OrderStatus.CONFIRMED:
            answer = QMessageBox.question(self, self.tr("Cancel order"), self.tr(
                "Cancel %1? The stock it reserves is released.").replace("%1", o.number))
            if answer != QMessageBox.StandardButton.Yes:
                self.sig_done.emit(False)
                return
        self.jobs.run_db(self.crm.orders.set_status, o.id, status, on_done=self._saved,
                         on_error=self._status_refused)

    def _status_refused(self, error: BaseException) -> None:
        if isinstance(error, StockShortageError):
            self.show_shortage(error.shortages)
        elif isinstance(error, (ValidationError, TransitionError)):
            self._show_message(self.windowTitle(), error)
        else:
            raise error
        self.sig_done.emit(False)

    def show_shortage(self, shortages: list[Shortage]) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not enough stock"), self.tr(
            "%1 cannot be confirmed: the stock does not cover these lines. Nothing was reserved.")
            .replace("%1", self.order.number), QMessageBox.StandardButton.Ok, self)
        box.setInformativeText("\n".join(shortage_lines(shortages)))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    def convert(self) -> None:
        """The quote is accepted and a draft order with its lines opens in this dialog."""
        self._saved_first(self._convert)

    def _convert(self) -> None:
        quote_id = self.order.id
        self.jobs.run_db(self.crm.orders.convert_quote, quote_id,
                         on_done=lambda order: self._converted(quote_id, order), on_error=self._convert_refused)

    def _converted(self, quote_id: str, order: OrderData) -> None:
        self.sig_saved.emit(quote_id)
        self.kind = order.kind
        self._saved(order, None)

    def _convert_refused(self, error: BaseException) -> None:
        if not isinstance(error, (ValidationError, TransitionError)):
            raise error
        self._show_message(self.windowTitle(), error)
        self.sig_done.emit(False)

    def print_pdf(self, path: str | None = None) -> str | None:
        """The PDF at `path` (asked for when None); its path, or None when it is written later (after a save)
        or not at all."""
        written: list[str] = []

        def write() -> None:
            target = path
            if target is None:
                target, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), f"{self.order.number}.pdf",
                                                        self.tr("PDF files (*.pdf)"))
                if not target:
                    return
            write_order_pdf(self.order, target, self.company_name)
            written.append(target)

        self._saved_first(write)
        return written[0] if written else None

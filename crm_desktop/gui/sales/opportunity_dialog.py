"""The deal editor (Designer form ui/opportunity_dialog.ui) with product lines and inline errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from crm_desktop.domain.common import money
from crm_desktop.domain.common.validation import ValidationError
from crm_desktop.domain.sales.entities import OpportunityData, OpportunityInput, StageData
from crm_desktop.domain.sales.loss_reasons import OTHER
from crm_desktop.gui.attachments.section import files_tab
from crm_desktop.gui.common.form_errors import clear_errors, show_errors
from crm_desktop.gui.common.formats import localize_date_edits
from crm_desktop.gui.common.labels import SOURCE, label
from crm_desktop.gui.common.money_text import money_text
from crm_desktop.gui.common.record_picker import RecordPicker, picked_ids
from crm_desktop.gui.forms.ui_opportunity_dialog import Ui_OpportunityDialog
from crm_desktop.gui.sales.line_items_editor import LineItemsEditor
from crm_desktop.gui.sales.lost_reason_dialog import fill_reason_combo

if TYPE_CHECKING:
    from crm_desktop.controllers.shell.app import CrmApp
    from crm_desktop.gui.shell.jobs import JobRunner


def make_lines_editor(products, jobs, currency: str, parent=None) -> LineItemsEditor:
    """The product lines widget (one place to swap it, e.g. for a read-only view)."""
    return LineItemsEditor(products, jobs, currency, parent)


class OpportunityDialog(QDialog):
    """Save = write through the controller; errors keep the dialog open. `.saved`, `.before` for undo.

    The stages and campaigns to choose from come from the database thread: Save waits for them (`loading`)."""

    sig_loaded = Signal()

    def __init__(self, crm: CrmApp, jobs: JobRunner, opportunity: OpportunityData | None = None,
                 account: tuple[str, str] | None = None, contact: tuple[str, str] | None = None, parent=None) -> None:
        """`account` / `contact`: (id, name) to preselect for a new deal."""
        super().__init__(parent)
        self.crm, self.jobs = crm, jobs
        self.before = opportunity
        self.saved: OpportunityData | None = None
        self.loading = True
        self.saving = False
        self.form = f = Ui_OpportunityDialog()
        f.setupUi(self)
        localize_date_edits(self)  # the .ui names one fixed pattern
        self.setWindowTitle(self.tr("Edit deal") if opportunity else self.tr("New deal"))
        self.stages: list[StageData] = []
        self.account_picker = RecordPicker(f.accountCombo, crm.search.search, "account",
                                           self.tr("Type to find a company"), jobs)
        self.contact_picker = RecordPicker(f.contactCombo, crm.search.search, "contact",
                                           self.tr("Type to find a person"), jobs)
        for code in money.currencies():
            f.currencyCombo.addItem(code, code)
        f.sourceCombo.addItem("", None)
        for code in SOURCE:
            f.sourceCombo.addItem(label(SOURCE, code), code)
        f.campaignCombo.addItem("", None)
        f.closeEdit.setEnabled(False)
        f.closeCheck.toggled.connect(f.closeEdit.setEnabled)
        f.closeEdit.setDate(QDate.currentDate().addDays(30))
        currency = opportunity.currency if opportunity else crm.sales.home_currency
        self.lines_editor = make_lines_editor(crm.products, jobs, currency, self)
        f.linesLayout.addWidget(self.lines_editor)
        # The deal's files (the proposal, the customer's requirements) in a tab beside its products.
        self.files = files_tab(f.verticalLayout, f.linesGroup, jobs, getattr(crm, "attachments", None), "opportunity",
                               opportunity.id if opportunity else None)
        f.currencyCombo.setCurrentIndex(max(0, f.currencyCombo.findData(currency)))
        self._save_button = f.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self._save_button.setEnabled(False)
        self._save_button.clicked.connect(self.save)
        clear_errors(f)
        sales, marketing = crm.sales, crm.marketing
        jobs.run_db(lambda: (sales.stages(), marketing.campaigns(), sales.loss_reasons()),
                    on_done=lambda loaded: self._loaded(*loaded, account, contact))

    def _loaded(self, stages: list[StageData], campaigns, reasons, account, contact) -> None:
        f, opportunity = self.form, self.before
        self.stages = stages
        fill_reason_combo(f.lostReasonCombo, reasons)
        f.lostReasonCombo.currentIndexChanged.connect(self._reason_changed)
        for stage in stages:
            f.stageCombo.addItem(stage.name, stage.id)
        for campaign in campaigns:
            f.campaignCombo.addItem(campaign.name, campaign.id)
        if opportunity:
            self._load(opportunity)
        else:
            self.account_picker.set_record(*(account or (None, None)))
            self.contact_picker.set_record(*(contact or (None, None)))
        f.stageCombo.currentIndexChanged.connect(self._stage_changed)
        f.currencyCombo.currentIndexChanged.connect(self._currency_changed)
        self.lines_editor.sig_changed.connect(self._lines_changed)
        self._stage_changed()
        self._lines_changed()
        self.loading = False
        self._save_button.setEnabled(True)
        self.sig_loaded.emit()

    def _load(self, o: OpportunityData) -> None:
        f = self.form
        f.nameEdit.setText(o.name)
        self.account_picker.set_record(o.account_id, o.account_name)
        self.contact_picker.set_record(o.contact_id, o.contact_name)
        f.stageCombo.setCurrentIndex(max(0, f.stageCombo.findData(o.stage_id)))
        if o.status == "lost":
            # Lost before reasons had codes: the words were the rep's own, so Other.
            code = o.lost_reason_code or (OTHER if o.lost_reason else None)
            if code and f.lostReasonCombo.findData(code) < 0:  # a reason since removed from the list
                f.lostReasonCombo.insertItem(f.lostReasonCombo.count() - 1, o.lost_reason or code, code)
            f.lostReasonCombo.setCurrentIndex(max(0, f.lostReasonCombo.findData(code)))
            f.lostReasonEdit.setText(o.lost_reason or "" if code == OTHER else "")
        f.amountEdit.setText(money_text(o.amount, o.currency, symbol=False) if not o.lines else "")
        f.probabilitySpin.setValue(o.probability if o.probability_manual else -1)
        if o.expected_close:
            f.closeCheck.setChecked(True)
            f.closeEdit.setDate(QDate(o.expected_close.year, o.expected_close.month, o.expected_close.day))
        f.sourceCombo.setCurrentIndex(max(0, f.sourceCombo.findData(o.source)))
        f.campaignCombo.setCurrentIndex(max(0, f.campaignCombo.findData(o.campaign_id)))
        f.notesEdit.setPlainText(o.notes or "")
        self.lines_editor.set_lines(o.lines)
        if o.lines and o.amount != self.lines_editor.totals().total:
            f.amountEdit.setText(money_text(o.amount, o.currency, symbol=False))  # typed over the lines

    def stage(self) -> StageData | None:
        stage_id = self.form.stageCombo.currentData()
        return next((s for s in self.stages if s.id == stage_id), None)

    def _stage_changed(self) -> None:
        stage = self.stage()
        lost = bool(stage and stage.is_lost)
        self.form.formLayout.setRowVisible(self.form.lostReasonLayout, lost)
        self.form.lostReasonError.setVisible(lost and bool(self.form.lostReasonError.text()))
        self._reason_changed()
        follows = self.tr("Follows the stage (%1 %)").replace("%1", str(stage.probability if stage else 0))
        self.form.probabilitySpin.setSpecialValueText(follows)

    def _reason_changed(self) -> None:
        """The words field is for Other only."""
        other = self.form.lostReasonCombo.currentData() == OTHER
        self.form.lostReasonEdit.setVisible(other and self.form.lostReasonCombo.isVisibleTo(self))
        if other and self.form.lostReasonCombo.hasFocus():
            self.form.lostReasonEdit.setFocus()

    def _currency_changed(self) -> None:
        self.lines_editor.set_currency(self.form.currencyCombo.currentData())
        self._lines_changed()

    def _lines_changed(self) -> None:
        if self.lines_editor.lines():
            total = money_text(self.lines_editor.totals().total, self.form.currencyCombo.currentData())
            self.form.amountEdit.setPlaceholderText(self.tr("Total of the product lines: %1").replace("%1", total))
        else:
            self.form.amountEdit.setPlaceholderText(self.tr("Amount of the deal"))

    def collect(self) -> OpportunityInput:
        f = self.form
        picked = picked_ids({"account_id": self.account_picker, "contact_id": self.contact_picker})
        stage = self.stage()
        probability = f.probabilitySpin.value()
        return OpportunityInput(
            name=f.nameEdit.text().strip(), account_id=picked["account_id"], contact_id=picked["contact_id"],
            stage_id=stage.id if stage else None, amount=f.amountEdit.text().strip() or None,
            currency=f.currencyCombo.currentData(), probability=None if probability < 0 else probability,
            expected_close=f.closeEdit.date().toPython() if f.closeCheck.isChecked() else None,
            source=f.sourceCombo.currentData(), campaign_id=f.campaignCombo.currentData(),
            owner_id=self.before.owner_id if self.before else None, notes=f.notesEdit.toPlainText().strip(),
            lines=self.lines_editor.lines(),
            **self._lost_reason(stage),
        )

    def _lost_reason(self, stage: StageData | None) -> dict[str, str | None]:
        """The loss reason fields of the input: a listed reason by its code, or Other and the words."""
        if not (stage and stage.is_lost):
            return {"lost_reason": None, "lost_reason_code": None}
        code = self.form.lostReasonCombo.currentData()
        words = self.form.lostReasonEdit.text().strip() if code == OTHER else ""
        return {"lost_reason": words or None, "lost_reason_code": code}

    def field_widgets(self) -> dict:
        f = self.form
        return {"name": f.nameEdit, "account_id": f.accountCombo, "contact_id": f.contactCombo,
                "amount": f.amountEdit, "currency": f.currencyCombo, "probability": f.probabilitySpin,
                "lost_reason": f.lostReasonCombo, "stage_id": f.stageCombo}

    def save(self) -> None:
        if self.loading or self.saving:
            return
        try:
            data = self.collect()
        except ValidationError as error:
            self.show_validation(error)
            return
        self.saving = True
        sales = self.crm.sales
        if self.before is None:
            self.jobs.run_db(sales.create, data, on_done=self._saved, on_error=self._failed)
        else:
            self.jobs.run_db(sales.update, self.before.id, data, on_done=self._saved, on_error=self._failed)

    def _saved(self, saved: OpportunityData) -> None:
        self.saving = False
        self.saved = saved
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.saving = False
        if isinstance(error, ValidationError):
            self.show_validation(error)
        elif isinstance(error, LookupError):
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("The account, contact or stage no longer exists. Pick another one."))
        else:
            raise error

    def show_validation(self, error: ValidationError) -> None:
        """Field errors under their fields; line errors on the lines' cells."""
        lines = {k: v for k, v in error.errors.items() if k == "lines" or k.startswith("lines.")}
        rest = {k: v for k, v in error.errors.items() if k not in lines}
        self.lines_editor.show_errors(lines)
        if rest:
            show_errors(self, self.form, ValidationError(rest), self.field_widgets())
        else:
            clear_errors(self.form)
        self._stage_changed()


"""Create or edit a marketing campaign: type, status, dates, money, target segment and e-mail template."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from crm_desktop.domain.common.validation import ValidationError
from crm_desktop.domain.marketing.rules import CampaignData, CampaignInput, CampaignStatus, CampaignType
from crm_desktop.gui.common.form_errors import clear_errors, show_errors
from crm_desktop.gui.common.money_text import money_text
from crm_desktop.gui.marketing.fields import ErrorRows, OptionalDate
from crm_desktop.gui.marketing.labels import CAMPAIGN_STATUS, CAMPAIGN_TYPE, marketing_label


class CampaignDialog(QDialog):
    """Amounts are typed as text (1,200 or 1200.50) and checked by the controller. The segments and templates
    to choose from come from the database thread: Save waits for them (`loading`)."""

    def __init__(self, marketing, jobs, campaign: CampaignData | None = None, parent=None) -> None:
        super().__init__(parent)
        self.marketing, self.jobs, self.before, self.saved = marketing, jobs, campaign, None
        self.loading = True
        self.setWindowTitle(self.tr("Edit campaign") if campaign else self.tr("New campaign"))
        self.name_edit = QLineEdit(self)
        self.type_combo = QComboBox(self)
        for code in CampaignType:
            self.type_combo.addItem(marketing_label(CAMPAIGN_TYPE, code.value), code.value)
        self.status_combo = QComboBox(self)
        for code in CampaignStatus:
            self.status_combo.addItem(marketing_label(CAMPAIGN_STATUS, code.value), code.value)
        self.start_date = OptionalDate(self.tr("Set"), self)
        self.end_date = OptionalDate(self.tr("Set"), self)
        self.budget_edit, self.cost_edit, self.revenue_edit = (QLineEdit(self) for _ in range(3))
        for edit in (self.budget_edit, self.cost_edit, self.revenue_edit):
            edit.setPlaceholderText(self.tr("e.g. 20000"))
        self.segment_combo = QComboBox(self)
        self.segment_combo.addItem(self.tr("(none)"), None)
        self.segment_combo.setToolTip(self.tr("Launching the campaign adds this segment's contacts as members"))
        self.template_combo = QComboBox(self)
        self.template_combo.addItem(self.tr("(none)"), None)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setMaximumHeight(80)
        form = QFormLayout()
        self.rows = r = ErrorRows(form)
        r.add(self.tr("&Name:"), self.name_edit, "name")
        r.add(self.tr("&Type:"), self.type_combo, "type")
        r.add(self.tr("&Status:"), self.status_combo, "status")
        r.add(self.tr("Start date:"), self.start_date, "start_date")
        r.add(self.tr("End date:"), self.end_date, "end_date")
        r.add(self.tr("&Budget:"), self.budget_edit, "budget")
        r.add(self.tr("&Actual cost:"), self.cost_edit, "actual_cost")
        r.add(self.tr("E&xpected revenue:"), self.revenue_edit, "expected_revenue")
        r.add(self.tr("Target se&gment:"), self.segment_combo, "segment_id")
        r.add(self.tr("E-mail te&mplate:"), self.template_combo, "template_id")
        r.add(self.tr("&Description:"), self.description_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        clear_errors(r.errors)
        jobs.run_db(lambda: (marketing.segments(), marketing.templates()), on_done=lambda lists: self._loaded(*lists))

    def _loaded(self, segments, templates) -> None:
        for segment in segments:
            self.segment_combo.addItem(segment.name, segment.id)
        for template in templates:
            self.template_combo.addItem(template.name, template.id)
        if self.before:
            self._load(self.before)
        self.loading = False

    def _load(self, c: CampaignData) -> None:
        self.name_edit.setText(c.name)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(c.type)))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(c.status)))
        self.start_date.set_value(c.start_date)
        self.end_date.set_value(c.end_date)
        for edit, amount in ((self.budget_edit, c.budget), (self.cost_edit, c.actual_cost),
                             (self.revenue_edit, c.expected_revenue)):
            edit.setText(money_text(amount, c.currency, symbol=False).replace(",", "") if amount else "")
        self.segment_combo.setCurrentIndex(max(0, self.segment_combo.findData(c.segment_id)))
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(c.template_id)))
        self.description_edit.setPlainText(c.description or "")

    def collect(self) -> CampaignInput:
        return CampaignInput(
            name=self.name_edit.text().strip(), type=self.type_combo.currentData(),
            status=self.status_combo.currentData(), start_date=self.start_date.value(),
            end_date=self.end_date.value(), budget=self.budget_edit.text().strip() or None,
            actual_cost=self.cost_edit.text().strip() or None,
            expected_revenue=self.revenue_edit.text().strip() or None,
            segment_id=self.segment_combo.currentData(), template_id=self.template_combo.currentData(),
            description=self.description_edit.toPlainText().strip() or None,
            currency=self.before.currency if self.before else "CNY",
        )

    def save(self) -> None:
        if self.loading:
            return
        try:
            data = self.collect()
        except ValidationError as error:
            self._refused(error)
            return
        self.jobs.run_db(self.marketing.save_campaign, data, self.before.id if self.before else None,
                         on_done=self._saved, on_error=self._refused)

    def _saved(self, campaign: CampaignData) -> None:
        self.saved = campaign
        self.accept()

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, ValidationError):
            raise error
        show_errors(self, self.rows.errors, error, self.rows.widgets)

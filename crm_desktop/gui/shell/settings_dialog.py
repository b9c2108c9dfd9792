"""Settings: language, default phone region, demo data size, stale deals, pipeline stages, the SLA policy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QPushButton, QTimeEdit

from crm_desktop import settings as declared
from crm_desktop.gui.common.formats import bracketed, region_name
from crm_desktop.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from crm_desktop.gui.sales.loss_reasons_dialog import LossReasonsDialog
from crm_desktop.gui.sales.stages_dialog import StagesDialog
from crm_desktop.gui.shell.preferences import Preferences


class SettingsDialog(QDialog):
    def __init__(self, prefs: Preferences, parent=None, sales=None, service=None, jobs=None) -> None:
        """`jobs`: the runner the stages editor loads and saves through (by default the window's)."""
        super().__init__(parent)
        self.prefs = prefs
        self.jobs = jobs if jobs is not None else getattr(parent, "jobs", None)
        self.sales = sales
        self.service = service
        self.form = f = Ui_SettingsDialog()
        f.setupUi(self)
        names = {"system": self.tr("Follow the system"), "en": "English", "zh_CN": "简体中文"}
        for code in declared.LANGUAGES:
            f.languageCombo.addItem(names[code], code)
        for region in declared.PHONE_REGIONS:  # by name in the user's language, with the code phones know
            f.regionCombo.addItem(bracketed(region_name(region), region), region)
        f.demoSizeSpin.setRange(100, 1_000_000)
        f.demoSizeSpin.setSingleStep(1000)
        f.languageCombo.setCurrentIndex(max(0, f.languageCombo.findData(prefs.get(declared.LANGUAGE))))
        f.regionCombo.setCurrentIndex(max(0, f.regionCombo.findData(prefs.get(declared.PHONE_REGION))))
        f.demoSizeSpin.setValue(prefs.get(declared.DEMO_SIZE))
        f.staleDaysSpin.setRange(0, 365)
        f.staleDaysSpin.setSuffix(self.tr(" days"))
        f.staleDaysSpin.setValue(prefs.get(declared.STALE_DAYS))
        f.stagesButton.setEnabled(sales is not None)
        f.stagesButton.clicked.connect(self.edit_stages)
        self.reasons_button = QPushButton(self.tr("Edit &loss reasons…"))  # under the stages: the same admin's lists
        self.reasons_button.setEnabled(sales is not None)
        self.reasons_button.clicked.connect(lambda: LossReasonsDialog(self.sales, self.jobs, self).exec())
        f.formLayout.insertRow(f.formLayout.getWidgetPosition(f.stagesButton)[0] + 1, "", self.reasons_button)
        f.slaPolicyEdit.setText(prefs.get(declared.SLA_POLICY))
        f.slaPolicyButton.setEnabled(service is not None)
        f.slaPolicyButton.clicked.connect(self.choose_sla_policy)
        f.slaDefaultButton.clicked.connect(f.slaPolicyEdit.clear)
        self._reminder_rows()
        f.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)

    def save(self) -> None:
        f = self.form
        self.prefs.set(declared.LANGUAGE, f.languageCombo.currentData())
        self.prefs.set(declared.PHONE_REGION, f.regionCombo.currentData())
        self.prefs.set(declared.DEMO_SIZE, f.demoSizeSpin.value())
        self.prefs.set(declared.STALE_DAYS, f.staleDaysSpin.value())
        self.prefs.set(declared.SLA_POLICY, f.slaPolicyEdit.text())
        self.prefs.set(declared.REMIND_LEAD, self.lead_combo.currentData())
        self.prefs.set(declared.FOLLOWUP_REMIND_TIME, self.followup_time_edit.time().toString("HH:mm"))
        self.accept()

    def _reminder_rows(self) -> None:
        """Reminders: the default lead time before a visit, meeting, call or task, and the follow-ups' time."""
        from crm_desktop.gui.reminders.lead_field import default_lead_combo

        self.lead_combo = default_lead_combo(self.prefs.get(declared.REMIND_LEAD), self)
        self.followup_time_edit = QTimeEdit(self)
        self.followup_time_edit.setDisplayFormat("HH:mm")
        stored = QTime.fromString(self.prefs.get(declared.FOLLOWUP_REMIND_TIME), "HH:mm")
        self.followup_time_edit.setTime(stored if stored.isValid() else QTime(9, 0))
        self.form.formLayout.addRow(self.tr("Remind me &before:"), self.lead_combo)
        self.form.formLayout.addRow(self.tr("Remind of &follow-ups at:"), self.followup_time_edit)

    def choose_sla_policy(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the SLA policy"), self.form.slaPolicyEdit.text(),
                                              self.tr("SLA policy (*.json)"))
        if path:
            self.set_sla_policy(path)

    def set_sla_policy(self, path: str) -> bool:
        """Take the file only if it reads cleanly; otherwise say what is wrong and keep the old one."""
        from crm_desktop.domain.service.sla import SlaPolicyError
        from crm_desktop.gui.service.sla_problems import problems_text

        try:
            self.service.check_policy(Path(path))
        except SlaPolicyError as error:
            QMessageBox.warning(self, self.tr("SLA policy"), self.tr(
                "“%1” cannot be used as the SLA policy:").replace("%1", path) + "\n\n" + problems_text(error))
            return False
        self.form.slaPolicyEdit.setText(path)
        return True

    def edit_stages(self) -> None:
        StagesDialog(self.sales, self.jobs, self).exec()

"""Settings: language, default phone region, demo data size, stale deals, the pipeline stages."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from crm_desktop import settings as declared
from crm_desktop.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from crm_desktop.gui.preferences import Preferences
from crm_desktop.gui.stages_dialog import StagesDialog


class SettingsDialog(QDialog):
    def __init__(self, prefs: Preferences, parent=None, sales=None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.sales = sales
        self.form = f = Ui_SettingsDialog()
        f.setupUi(self)
        names = {"system": self.tr("Follow the system"), "en": "English", "zh_CN": "简体中文"}
        for code in declared.LANGUAGES:
            f.languageCombo.addItem(names[code], code)
        for region in declared.PHONE_REGIONS:
            country = QLocale.territoryToString(QLocale(f"und_{region}").territory())
            f.regionCombo.addItem(f"{region} · {country}", region)
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
        f.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)

    def save(self) -> None:
        f = self.form
        self.prefs.set(declared.LANGUAGE, f.languageCombo.currentData())
        self.prefs.set(declared.PHONE_REGION, f.regionCombo.currentData())
        self.prefs.set(declared.DEMO_SIZE, f.demoSizeSpin.value())
        self.prefs.set(declared.STALE_DAYS, f.staleDaysSpin.value())
        self.accept()



    def edit_stages(self) -> None:
        StagesDialog(self.sales, self).exec()

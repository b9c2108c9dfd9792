"""User settings (declared in crm_desktop/settings.py) stored with QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from crm_desktop import APP_NAME, APP_ORG
from crm_desktop import settings as declared


class Preferences:
    """Typed access to the declared settings; window state lives apart (WindowState)."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings(APP_ORG, APP_NAME)
        stored = int(self.q.value("settings/version", 0) or 0)
        if stored < declared.SETTINGS_VERSION:
            values = {s.key: self.q.value(s.key) for s in declared.ALL if self.q.contains(s.key)}
            for key, value in declared.migrate(stored, values).items():
                self.q.setValue(key, value)
            self.q.setValue("settings/version", declared.SETTINGS_VERSION)

    def get(self, setting: declared.Setting):
        value = self.q.value(setting.key, setting.default)
        try:
            return setting.type(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: declared.Setting, value) -> None:
        self.q.setValue(setting.key, setting.type(value))
        self.q.sync()

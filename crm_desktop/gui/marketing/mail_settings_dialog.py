"""The mail server this device sends campaign e-mail through; the password goes to the keyring."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from crm_desktop.domain.common.validation import ValidationError
from crm_desktop.domain.marketing.mail import MailSettings
from crm_desktop.gui.common.form_errors import clear_errors, show_errors
from crm_desktop.gui.marketing.fields import ErrorRows

_PORTS = {"starttls": 587, "ssl": 465, "none": 25}


class MailSettingsDialog(QDialog):
    """The saved password is never read back: leaving the field empty keeps it."""

    def __init__(self, email, jobs, parent=None) -> None:
        super().__init__(parent)
        self.email, self.jobs = email, jobs
        self.before = None
        self.loading = True  # the saved settings come from the database thread
        self.setWindowTitle(self.tr("Mail server"))
        self.host_edit = QLineEdit(self)
        self.host_edit.setPlaceholderText(self.tr("e.g. smtp.exmail.qq.com"))
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(587)
        self.security_combo = QComboBox(self)
        for text, code in ((self.tr("STARTTLS (usually port 587)"), "starttls"),
                           (self.tr("SSL/TLS (usually port 465)"), "ssl"),
                           (self.tr("None (office relay only)"), "none")):
            self.security_combo.addItem(text, code)
        self.security_combo.activated.connect(self._suggest_port)
        self.user_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.from_address_edit = QLineEdit(self)
        self.from_address_edit.setPlaceholderText(self.tr("e.g. marketing@example.com"))
        self.from_name_edit = QLineEdit(self)
        self.rate_spin = QSpinBox(self)
        self.rate_spin.setRange(1, 100_000)
        self.rate_spin.setValue(30)
        self.rate_spin.setSuffix(self.tr(" per minute"))
        self.rate_spin.setToolTip(self.tr("Most mail providers block accounts that send too fast"))
        form = QFormLayout()
        self.rows = r = ErrorRows(form)
        r.add(self.tr("Mail &server:"), self.host_edit, "host")
        r.add(self.tr("&Port:"), self.port_spin, "port")
        r.add(self.tr("S&ecurity:"), self.security_combo, "security")
        r.add(self.tr("&User name:"), self.user_edit, "username")
        r.add(self.tr("Pass&word:"), self.password_edit, "password")
        r.add(self.tr("&From address:"), self.from_address_edit, "from_address")
        r.add(self.tr("From &name:"), self.from_name_edit, "from_name")
        r.add(self.tr("Send at most:"), self.rate_spin, "rate_per_minute")
        note = QLabel(self.tr("The password is kept in the system keyring, never in the CRM's files."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        clear_errors(r.errors)
        jobs.run_db(email.settings, on_done=self._loaded)

    def _loaded(self, settings) -> None:
        self.before = settings
        if settings is not None:
            self._load(settings)
        self.loading = False

    def _load(self, s) -> None:
        self.host_edit.setText(s.host)
        self.port_spin.setValue(int(s.port))
        self.security_combo.setCurrentIndex(max(0, self.security_combo.findData(str(s.security))))
        self.user_edit.setText(s.username or "")
        self.password_edit.setPlaceholderText(self.tr("Saved; type a new one to change it"))
        self.from_address_edit.setText(s.from_address)
        self.from_name_edit.setText(s.from_name or "")
        self.rate_spin.setValue(int(s.rate_per_minute))

    def _suggest_port(self, _index: int) -> None:
        if self.port_spin.value() in _PORTS.values():  # a port the user typed stays
            self.port_spin.setValue(_PORTS[self.security_combo.currentData()])

    def collect(self) -> MailSettings:
        return MailSettings(
            host=self.host_edit.text().strip(), port=self.port_spin.value(),
            security=self.security_combo.currentData(), username=self.user_edit.text().strip() or None,
            from_address=self.from_address_edit.text().strip(), from_name=self.from_name_edit.text().strip() or None,
            rate_per_minute=self.rate_spin.value(),
            max_attempts=self.before.max_attempts if self.before is not None else 5,
        )

    def save(self) -> None:
        if self.loading:
            return
        try:
            settings = self.collect()
        except ValidationError as error:
            self._refused(error)
            return
        self.jobs.run_db(self.email.save_settings, settings, self.password_edit.text() or None,
                         on_done=lambda _r: self.accept(), on_error=self._refused)

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, ValidationError):
            raise error
        show_errors(self, self.rows.errors, error, self.rows.widgets)

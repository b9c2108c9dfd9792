"""Check in and Check out on a visit's own dialog: two buttons the activity dialog gains when it edits a visit
in the window. The form is saved first (what the rep typed is kept, and a later save cannot put back the place
and details the check-in wrote), then the checkins module opens its dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from crm_desktop.domain.activities.checkins import VISIT, VisitTarget


class VisitCheckButtons:
    def __init__(self, dialog, window, activity_id: str) -> None:
        self.dialog, self.window, self.activity_id = dialog, window, activity_id
        box: QDialogButtonBox = dialog.form.buttonBox
        self.check_in = QPushButton(QCoreApplication.translate("CheckIns", "Check in…"))
        self.check_out = QPushButton(QCoreApplication.translate("CheckIns", "Check out…"))
        for button, act in ((self.check_in, self._check_in), (self.check_out, self._check_out)):
            button.setEnabled(False)  # until the visit's state has come
            button.setAutoDefault(False)
            box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(act)
        dialog.jobs.run_db(window.crm.checkins.target, activity_id, on_done=self._loaded, on_error=lambda _e: None)

    @classmethod
    def attach(cls, dialog, editing) -> VisitCheckButtons | None:
        """The buttons for a visit being edited, when the dialog belongs to a window with the checkins module."""
        window = dialog.parent()
        commands = getattr(window, "commands", None)
        if editing is None or editing.kind != VISIT or commands is None or getattr(window, "crm", None) is None:
            return None
        try:
            commands("checkins")
        except KeyError:
            return None
        return cls(dialog, window, editing.id)

    def _loaded(self, target: VisitTarget) -> None:
        self.check_in.setEnabled(target.checked_in_at is None)
        self.check_out.setEnabled(target.checked_in_at is not None and target.checked_out_at is None)

    def _check_in(self) -> None:
        self._after_saving(lambda: self.window.commands("checkins").check_in(activity_id=self.activity_id))

    def _check_out(self) -> None:
        self._after_saving(lambda: self.window.commands("checkins").check_out(self.activity_id))

    def _after_saving(self, then) -> None:
        """Save the form (its own Save: checked, undoable), and once it has closed saved, run `then`."""
        self.dialog.accepted.connect(lambda: QTimer.singleShot(0, self.window, then),
                                     Qt.ConnectionType.SingleShotConnection)
        self.dialog.save()

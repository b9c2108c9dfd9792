"""Create or edit a saved segment, with a live count of what the rule picks as it is changed."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from crm_desktop.domain.common.validation import ValidationError
from crm_desktop.domain.customers.enums import AccountSource, AccountStatus
from crm_desktop.domain.marketing.rules import SegmentData, SegmentInput, SegmentRule, SegmentTarget
from crm_desktop.gui.common.form_errors import clear_errors, show_errors
from crm_desktop.gui.common.labels import LEVELS, SOURCE, STATUS, label
from crm_desktop.gui.marketing.fields import ChoiceChecks, ErrorRows, OptionalDate, TriStateCombo, split_list
from crm_desktop.gui.marketing.labels import SEGMENT_TARGET, marketing_label

COUNT_AFTER_MS = 250  # typing pauses this long before the rule is counted again


class SegmentEditor(QDialog):
    """Every change restarts a short timer; the count then runs on the database thread and a
    result of an older rule is dropped."""

    sig_counted = Signal(int)  # the count shown for the rule as it now stands

    def __init__(self, marketing, jobs, owners=(), segment: SegmentData | None = None, parent=None) -> None:
        """`owners`: UserData of the people who may own the picked records."""
        super().__init__(parent)
        self.marketing, self.jobs, self.before, self.saved = marketing, jobs, segment, None
        self.last_count: int | None = None
        self._generation = 0
        self._closed = False
        self.setWindowTitle(self.tr("Edit segment") if segment else self.tr("New segment"))
        self.name_edit = QLineEdit(self)
        self.description_edit = QLineEdit(self)
        self.target_combo = QComboBox(self)
        for code in SegmentTarget:
            self.target_combo.addItem(marketing_label(SEGMENT_TARGET, code.value), code.value)
        self.levels = ChoiceChecks([(level, level) for level in LEVELS], parent=self)
        self.statuses = ChoiceChecks([(s.value, label(STATUS, s.value)) for s in AccountStatus], parent=self)
        self.sources = ChoiceChecks([(s.value, label(SOURCE, s.value)) for s in AccountSource], 3, self)
        self.provinces_edit, self.cities_edit, self.industries_edit, self.tags_edit = (
            QLineEdit(self) for _ in range(4))
        for edit in (self.provinces_edit, self.cities_edit, self.industries_edit, self.tags_edit):
            edit.setPlaceholderText(self.tr("Any; separate several with commas"))
        self.owner_combo = QComboBox(self)
        self.owner_combo.addItem(self.tr("Anyone"), ())
        for user in owners:
            self.owner_combo.addItem(user.display_name or user.username, (user.id,))
        self.inactive_since = OptionalDate("", self)
        self.active_since = OptionalDate("", self)
        self.inactive_since.setToolTip(self.tr("No call, visit, meeting or e-mail on or after this day "
                                               "(never contacted counts too)"))
        self.active_since.setToolTip(self.tr("Some call, visit, meeting or e-mail on or after this day"))
        self.open_deal = TriStateCombo(self.tr("Any"), self.tr("Yes"), self.tr("No"), self)
        self.open_ticket = TriStateCombo(self.tr("Any"), self.tr("Yes"), self.tr("No"), self)
        self.has_email = TriStateCombo(self.tr("Any"), self.tr("Yes"), self.tr("No"), self)
        self.count_label = QLabel(self)
        font = QFont(self.count_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.count_label.setFont(font)
        self._build_form()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(COUNT_AFTER_MS)
        self.timer.timeout.connect(self.count_now)
        if segment:
            self._load(segment)
        self._wire_changes()
        clear_errors(self.rows.errors)
        self.count_now()

    def _build_form(self) -> None:
        form = QFormLayout()
        self.rows = r = ErrorRows(form)
        r.add(self.tr("&Name:"), self.name_edit, "name")
        r.add(self.tr("De&scription:"), self.description_edit)
        r.add(self.tr("&Pick:"), self.target_combo, "target")
        r.add(self.tr("Level:"), self.levels)
        r.add(self.tr("Status:"), self.statuses)
        r.add(self.tr("Source:"), self.sources)
        r.add(self.tr("P&rovinces:"), self.provinces_edit)
        r.add(self.tr("&Cities:"), self.cities_edit)
        r.add(self.tr("&Industries:"), self.industries_edit)
        r.add(self.tr("&Tags:"), self.tags_edit)
        r.add(self.tr("&Owner:"), self.owner_combo)
        r.add(self.tr("No activity since:"), self.inactive_since)
        r.add(self.tr("Some activity since:"), self.active_since)
        r.add(self.tr("Has an open &deal:"), self.open_deal)
        r.add(self.tr("Has an open tic&ket:"), self.open_ticket)
        r.add(self.tr("Has an &e-mail address:"), self.has_email)
        note = QLabel(self.tr("Level, status, source, place and industry are the company's; tags and owner are "
                              "the contact's own. Empty means any."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _wire_changes(self) -> None:
        for edit in (self.provinces_edit, self.cities_edit, self.industries_edit, self.tags_edit):
            edit.textChanged.connect(self.rule_changed)
        for combo in (self.target_combo, self.owner_combo, self.open_deal, self.open_ticket, self.has_email):
            combo.currentIndexChanged.connect(self.rule_changed)
        for widget in (self.levels, self.statuses, self.sources, self.inactive_since, self.active_since):
            widget.sig_changed.connect(self.rule_changed)

    def _load(self, s: SegmentData) -> None:
        rule = s.rule
        self.name_edit.setText(s.name)
        self.description_edit.setText(s.description or "")
        self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(rule.target)))
        self.levels.set_values(rule.levels)
        self.statuses.set_values(rule.statuses)
        self.sources.set_values(rule.sources)
        for edit, values in ((self.provinces_edit, rule.provinces), (self.cities_edit, rule.cities),
                             (self.industries_edit, rule.industries), (self.tags_edit, rule.tags)):
            edit.setText(", ".join(values))
        if rule.owner_ids:
            index = self.owner_combo.findData(tuple(rule.owner_ids))
            if index < 0:  # several owners, or one no longer listed: kept as they are
                self.owner_combo.addItem(self.tr("%n owner(s) chosen before", "", len(rule.owner_ids)),
                                         tuple(rule.owner_ids))
                index = self.owner_combo.count() - 1
            self.owner_combo.setCurrentIndex(index)
        self.inactive_since.set_value(rule.inactive_since)
        self.active_since.set_value(rule.active_since)
        self.open_deal.set_value(rule.has_open_opportunity)
        self.open_ticket.set_value(rule.has_open_ticket)
        self.has_email.set_value(rule.has_email)

    def rule(self) -> SegmentRule:
        return SegmentRule(
            target=self.target_combo.currentData(), levels=self.levels.values(), statuses=self.statuses.values(),
            industries=split_list(self.industries_edit.text()), sources=self.sources.values(),
            provinces=split_list(self.provinces_edit.text()), cities=split_list(self.cities_edit.text()),
            tags=split_list(self.tags_edit.text()), owner_ids=tuple(self.owner_combo.currentData() or ()),
            inactive_since=self.inactive_since.value(), active_since=self.active_since.value(),
            has_open_opportunity=self.open_deal.value(), has_open_ticket=self.open_ticket.value(),
            has_email=self.has_email.value(),
        )

    # --- live count ----------------------------------------------------------------------

    def rule_changed(self, *args) -> None:
        self._generation += 1  # a count already under way is for an older rule
        self.count_label.setText(self.tr("Counting…"))
        self.timer.start()

    def count_now(self) -> None:
        self._generation += 1
        generation, rule = self._generation, self.rule()
        self.count_label.setText(self.tr("Counting…"))
        self.jobs.run_db(self.marketing.count, rule, on_done=lambda n: self._counted(generation, rule, n),
                         on_error=lambda error: self._count_failed(generation, error))

    def _counted(self, generation: int, rule: SegmentRule, count: int) -> None:
        if self._closed or generation != self._generation:
            return
        self.last_count = count
        if rule.target == SegmentTarget.ACCOUNT:
            text = self.tr("%n account(s) match", "", count)
        else:
            text = self.tr("%n contact(s) match", "", count)
        self.count_label.setText(text)
        self.sig_counted.emit(count)

    def _count_failed(self, generation: int, error: BaseException) -> None:
        if not self._closed and generation == self._generation:
            self.count_label.setText(self.tr("Could not count: %1").replace("%1", str(error)))

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        try:
            data = SegmentInput(self.name_edit.text().strip(), self.rule(),
                                self.description_edit.text().strip() or None)
        except ValidationError as error:
            self._refused(error)
            return
        self.jobs.run_db(self.marketing.save_segment, data, self.before.id if self.before else None,
                         on_done=self._saved, on_error=self._refused)

    def _saved(self, segment: SegmentData) -> None:
        self.saved = segment
        self.accept()

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, ValidationError):
            raise error
        show_errors(self, self.rows.errors, error, self.rows.widgets)

    def done(self, result: int) -> None:
        self._closed = True  # a count still running is not shown any more
        self.timer.stop()
        super().done(result)

"""The saved segments (with live counts) and the e-mail templates, each with new / edit / delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.gui.common.empty_state import EmptyState
from crm_desktop.gui.marketing.models import SegmentTableModel
from crm_desktop.gui.marketing.segment_editor import SegmentEditor
from crm_desktop.gui.marketing.template_dialog import TemplateDialog

if TYPE_CHECKING:
    from crm_desktop.controllers.shell.app import CrmApp
    from crm_desktop.gui.shell.jobs import JobRunner


def _button_bar(*buttons: QPushButton) -> QHBoxLayout:
    bar = QHBoxLayout()
    for button in buttons:
        bar.addWidget(button)
    bar.addStretch(1)
    return bar


class SegmentsTab(QWidget):
    """Counts run on the database thread after the list is shown; the list never waits for them."""

    sig_counted = Signal()
    sig_show_in_list = Signal(str, str)  # segment id, "contact" | "account"

    def __init__(self, crm: CrmApp, jobs: JobRunner, parent=None) -> None:
        super().__init__(parent)
        self.crm, self.marketing, self.jobs = crm, crm.marketing, jobs
        self._generation = 0
        self.model = SegmentTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.edit_segment)
        self.empty = EmptyState(self.table, self.tr(
            "No segments yet. A segment picks contacts or accounts by level, place, tags, owner or last activity; "
            "it narrows the customer list and gives a campaign its members."), self.tr("New segment…"))
        self.new_button = QPushButton(self.tr("&New segment…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.show_button = QPushButton(self.tr("&Show in customer list"), self)
        self.show_button.setToolTip(self.tr("Open the customer list narrowed to this segment, to browse or export it"))
        self.show_button.clicked.connect(self.show_in_list)
        self.new_button.clicked.connect(self.new_segment)
        self.empty.sig_action.connect(self.new_segment)
        self.edit_button.clicked.connect(self.edit_segment)
        self.delete_button.clicked.connect(self.delete_segment)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(_button_bar(self.new_button, self.edit_button, self.delete_button, self.show_button))
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self, select_id: str | None = None) -> None:
        current = self.model.row_data(self.table.currentIndex().row())
        self.jobs.run_db(self.marketing.segments,
                         on_done=lambda rows: self._show(rows, select_id or (current.id if current else None)))

    def _show(self, rows, select_id: str | None) -> None:
        self.model.set_rows(rows)
        row = self.model.row_of(select_id)
        if row >= 0:
            self.table.selectRow(row)
        self._generation += 1
        generation, segments = self._generation, list(self.model.rows)
        marketing = self.marketing
        self.jobs.run_db(lambda: {s.id: marketing.count(s.rule) for s in segments},
                         on_done=lambda counts: self._counted(generation, counts))

    def _counted(self, generation: int, counts: dict[str, int]) -> None:
        if generation == self._generation:
            self.model.set_counts(counts)
            self.table.resizeColumnsToContents()
            self.sig_counted.emit()

    def _update_buttons(self, *args) -> None:
        chosen = self.table.currentIndex().isValid()
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.show_button.setEnabled(chosen)

    def show_in_list(self) -> None:
        segment = self.model.row_data(self.table.currentIndex().row())
        if segment is not None:
            self.sig_show_in_list.emit(segment.id, str(segment.rule.target))

    def _with_owners(self, then) -> None:
        self.jobs.run_db(self.crm.analytics.owners, on_done=then)

    def new_segment(self) -> None:
        self._with_owners(lambda owners: self._run(SegmentEditor(self.marketing, self.jobs, owners, parent=self)))

    def edit_segment(self, *args) -> None:
        segment = self.model.row_data(self.table.currentIndex().row())
        if segment is not None:
            self._with_owners(lambda owners: self._run(SegmentEditor(self.marketing, self.jobs, owners, segment,
                                                                     self)))

    def _run(self, editor: SegmentEditor) -> None:
        self.editor = editor  # reachable while open (tests, and a count still on its way)
        if editor.exec() and editor.saved:
            self.refresh(editor.saved.id)

    def delete_segment(self) -> None:
        segment = self.model.row_data(self.table.currentIndex().row())
        if segment is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete segment"), self.tr(
            "Delete the segment “%1”? Campaigns launched from it keep their members.").replace("%1", segment.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.jobs.run_db(self.marketing.delete_segment, segment.id, on_done=lambda _r: self.refresh())


class TemplatesTab(QWidget):
    """Template names on the left, the chosen one's subject and body on the right."""

    sig_loaded = Signal()

    def __init__(self, crm: CrmApp, jobs: JobRunner, parent=None) -> None:
        super().__init__(parent)
        self.marketing, self.jobs = crm.marketing, jobs
        self.list = QListWidget(self)
        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemDoubleClicked.connect(self.edit_template)
        self.empty = EmptyState(self.list, self.tr(
            "No e-mail templates yet. A template is the message a campaign sends; {{name}}, {{company}} and the "
            "other placeholders are filled in for each member."), self.tr("New template…"))
        self.empty.sig_action.connect(self.new_template)
        self.subject_label = QLabel(self)
        self.subject_label.setWordWrap(True)
        self.subject_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body_view = QPlainTextEdit(self)
        self.body_view.setReadOnly(True)
        self.new_button = QPushButton(self.tr("&New template…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.new_button.clicked.connect(self.new_template)
        self.edit_button.clicked.connect(self.edit_template)
        self.delete_button.clicked.connect(self.delete_template)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.subject_label)
        right_layout.addWidget(self.body_view, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(_button_bar(self.new_button, self.edit_button, self.delete_button))
        layout.addWidget(splitter, 1)
        self.refresh()

    def refresh(self, select_id: str | None = None) -> None:
        current = select_id or self.current_id()
        self.jobs.run_db(self.marketing.templates, on_done=lambda templates: self._show(templates, current))

    def _show(self, templates, current: str | None) -> None:
        self.list.clear()
        for template in templates:
            item = QListWidgetItem(template.name)
            item.setData(Qt.ItemDataRole.UserRole, template)
            self.list.addItem(item)
            if template.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()
        self.sig_loaded.emit()

    def current(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current_id(self) -> str | None:
        template = self.current()
        return template.id if template else None

    def _show_current(self, *args) -> None:
        template = self.current()
        self.subject_label.setText(self.tr("Subject: %1").replace("%1", template.subject) if template else "")
        self.body_view.setPlainText(template.body if template else "")
        self.edit_button.setEnabled(template is not None)
        self.delete_button.setEnabled(template is not None)

    def new_template(self) -> None:
        self._run(TemplateDialog(self.marketing, self.jobs, parent=self))

    def edit_template(self, *args) -> None:
        if self.current() is not None:
            self._run(TemplateDialog(self.marketing, self.jobs, self.current(), self))

    def _run(self, dialog: TemplateDialog) -> None:
        self.dialog = dialog
        if dialog.exec() and dialog.saved:
            self.refresh(dialog.saved.id)

    def delete_template(self) -> None:
        template = self.current()
        if template is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete template"),
                                      self.tr("Delete the template “%1”?").replace("%1", template.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.jobs.run_db(self.marketing.delete_template, template.id, on_done=lambda _r: self.refresh())

"""Putting a record's files into the views that show it: as a tab beside one of the view's own parts (a deal's
products, an order's lines, a ticket's history), or as a group of its own (a visit's form)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QDialog, QGroupBox, QTabWidget, QVBoxLayout, QWidget

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP
from crm_desktop.gui.attachments.panel import AttachmentsPanel
from crm_desktop.gui.common.formats import counted

if TYPE_CHECKING:
    from crm_desktop.controllers.attachments.controller import AttachmentsController
    from crm_desktop.gui.shell.jobs import JobRunner

FILES = QT_TRANSLATE_NOOP("Attachments", "Files")


def files_title(count: int) -> str:
    return counted(QCoreApplication.translate("Attachments", FILES), count)


def attachments_of(widget: QWidget | None) -> AttachmentsController | None:
    """The attachments controller of the window a dialog belongs to (None outside the window: a test's own
    dialog, an old store), found as the window's other field-day parts find theirs."""
    while widget is not None:
        crm = getattr(widget, "crm", None)
        if crm is not None:
            found: AttachmentsController | None = getattr(crm, "attachments", None)
            return found
        widget = widget.parentWidget()
    return None


def files_tab(layout: QBoxLayout, widget: QWidget, jobs: JobRunner, attachments: AttachmentsController | None,
              record_type: str, record_id: str | None,
              title: str | None = None) -> AttachmentsPanel | None:
    """Put `widget` (already in `layout`) in a tab, and the record's files in a tab beside it; the files' tab
    title counts them. A group box's own title becomes its tab's. None (nothing changed) without `attachments`."""
    if attachments is None:
        return None
    tabs = QTabWidget(widget.parentWidget())
    tabs.setObjectName("filesTabs")
    layout.replaceWidget(widget, tabs)
    if title is None and isinstance(widget, QGroupBox):
        title = widget.title()
        widget.setTitle("")
        widget.setFlat(True)
    tabs.addTab(widget, title or "")
    panel = AttachmentsPanel(jobs, attachments)
    tabs.addTab(panel, files_title(0))
    panel.sig_count.connect(lambda count: tabs.setTabText(tabs.indexOf(panel), files_title(count)))
    panel.show_record(record_type, record_id)
    return panel


def files_group(layout: QBoxLayout, index: int, jobs: JobRunner, attachments: AttachmentsController | None,
                record_type: str,
                record_id: str | None) -> AttachmentsPanel | None:
    """The record's files as a titled group at `index` of `layout` (None without `attachments`)."""
    if attachments is None:
        return None
    group = QGroupBox(files_title(0))
    group.setObjectName("filesGroup")
    inner = QVBoxLayout(group)
    panel = AttachmentsPanel(jobs, attachments)
    panel.setMinimumHeight(180)
    inner.addWidget(panel)
    layout.insertWidget(index, group, 1)
    panel.sig_count.connect(lambda count: group.setTitle(files_title(count)))
    panel.show_record(record_type, record_id)
    return panel


def activity_files(dialog: QDialog, layout: QBoxLayout, jobs: JobRunner,
                   activity_id: str | None) -> AttachmentsPanel | None:
    """A logged visit's (or call's, meeting's) files in its dialog, above the buttons, when the dialog belongs to
    the window; the dialog grows to make room for them. A new activity takes files once it is saved."""
    if activity_id is None:
        return None
    panel = files_group(layout, layout.count() - 1, jobs, attachments_of(dialog.parentWidget()), "activity",
                        activity_id)
    if panel is not None:
        dialog.resize(max(dialog.width(), 640), dialog.height() + 260)
    return panel

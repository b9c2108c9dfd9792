"""The marketing page: segments with a live count, templates refused for an unknown placeholder,
campaigns launched with members marked, the effect table, sending e-mail, and the contact's opt-outs."""

from __future__ import annotations

import socket
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox, QPushButton

from crm_desktop.domain.customers.entities import AccountInput, ContactInput
from crm_desktop.domain.marketing.rules import (
    UNKNOWN_PLACEHOLDER,
    CampaignInput,
    SegmentInput,
    SegmentRule,
    TemplateInput,
)
from crm_desktop.domain.sales.entities import OpportunityInput
from crm_desktop.gui.customers.record_dialogs import ContactEditDialog
from crm_desktop.gui.marketing.campaign_dialog import CampaignDialog
from crm_desktop.gui.marketing.effect_table_model import EffectTableModel
from crm_desktop.gui.marketing.mail_settings_dialog import MailSettingsDialog
from crm_desktop.gui.marketing.member_dialogs import AddContactsDialog
from crm_desktop.gui.marketing.models import CampaignTableModel, MemberTableModel, SegmentTableModel
from crm_desktop.gui.marketing.page import TAB_CAMPAIGNS, TAB_EFFECT, TAB_SEGMENTS, TAB_TEMPLATES
from crm_desktop.gui.marketing.segment_editor import SegmentEditor
from crm_desktop.gui.marketing.template_dialog import TemplateDialog
from tests.gui.conftest import settle, type_text, when_modal

SHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "tmp"


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"marketing-{name}.png"))


@pytest.fixture
def territory(crm):
    """Two accounts in 上海 (A, B) and one in 成都, five contacts; two of them may not be e-mailed."""
    c = crm.customers
    sh_a = c.create_account(AccountInput(name="上海电气", level="A", status="customer", city="上海"))
    sh_b = c.create_account(AccountInput(name="上海家化", level="B", status="prospect", city="上海"))
    cd = c.create_account(AccountInput(name="成都银行", level="A", status="customer", city="成都"))
    c.create_contact(ContactInput(name="王芳", account_id=sh_a.id, email="wang@example.cn", title="采购经理"))
    c.create_contact(ContactInput(name="李强", account_id=sh_a.id, email="li@example.cn", do_not_contact=True))
    c.create_contact(ContactInput(name="张伟", account_id=sh_b.id))
    c.create_contact(ContactInput(name="刘洋", account_id=cd.id, email="liu@example.cn"))
    c.create_contact(ContactInput(name="陈静", email="chen@example.cn"))
    return {"sh_a": sh_a}


@pytest.fixture
def ready(crm, territory):
    """A segment of the 上海 contacts, a template, and a campaign using both."""
    m = crm.marketing
    segment = m.save_segment(SegmentInput("上海客户", SegmentRule(cities=("上海",))))
    template = m.save_template(TemplateInput("展会邀请", "{{name}}，{{campaign}}邀请您",
                                             "尊敬的{{name}}（{{company}}）："))
    campaign = m.save_campaign(CampaignInput("上海展会", type="exhibition", segment_id=segment.id,
                                             template_id=template.id, start_date="2026-11-01", actual_cost="12000"))
    return campaign


def open_marketing(qtbot, window, tab: int):
    window.nav.setCurrentRow(window.stack.row_of("marketing"))
    page = window.page("marketing")
    page.show_tab(tab)
    settle(qtbot, window.jobs)  # what the tab lists comes from the database thread
    return page


def shows(editor: SegmentEditor, start: str) -> bool:
    """The live count reads e.g. "2 contacts match" ("2 contact(s) match" before translations are built)."""
    return editor.count_label.text().startswith(start)


def free_port() -> int:
    """A loopback port nobody listens on: the mail server is "offline"."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_marketing_models_pass_the_model_tester(qtmodeltester, crm, ready):
    m = crm.marketing
    m.launch(ready.id)
    campaigns = CampaignTableModel()
    campaigns.set_rows(m.campaigns())
    qtmodeltester.check(campaigns, force_py=True)
    members = MemberTableModel()
    members.set_rows(m.members(ready.id))
    qtmodeltester.check(members, force_py=True)
    segments = SegmentTableModel()
    segments.set_rows(m.segments())
    segments.set_counts({s.id: m.count(s.rule) for s in m.segments()})
    qtmodeltester.check(segments, force_py=True)
    effect = EffectTableModel()
    effect.set_effects(m.compare())
    qtmodeltester.check(effect, force_py=True)
    assert effect.index(0, 9).data() == "—"  # no leads yet: no cost per lead


def test_a_segment_is_made_in_the_editor_with_a_live_count(qtbot, window, crm, territory):
    page = open_marketing(qtbot, window, TAB_SEGMENTS)
    tab = page.segments

    def fill(editor: SegmentEditor) -> None:
        qtbot.waitUntil(lambda: editor.last_count == 5)
        assert shows(editor, "5 contact")
        type_text(qtbot, editor.cities_edit, "上海")
        assert editor.count_label.text() == "Counting…"
        qtbot.waitUntil(lambda: editor.last_count == 3)
        editor.levels.checks["A"].setChecked(True)
        qtbot.waitUntil(lambda: editor.last_count == 2)
        editor.has_email.set_value(True)
        qtbot.waitUntil(lambda: shows(editor, "2 contact"))
        editor.target_combo.setCurrentIndex(editor.target_combo.findData("account"))
        qtbot.waitUntil(lambda: shows(editor, "1 account"))
        editor.target_combo.setCurrentIndex(editor.target_combo.findData("contact"))
        qtbot.waitUntil(lambda: shows(editor, "2 contact"))
        type_text(qtbot, editor.name_edit, "上海A类")
        shot(editor, "segment-editor")
        qtbot.mouseClick(editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)

    when_modal(SegmentEditor, fill)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.jobs)
    saved = crm.marketing.segment_named("上海A类")
    assert saved.rule.cities == ("上海",) and saved.rule.levels == ("A",) and saved.rule.has_email is True
    qtbot.waitUntil(lambda: tab.model.index(0, 2).data() == "2")
    assert tab.model.index(0, 0).data() == "上海A类"
    shot(window, "segments")


def test_a_template_with_an_unknown_placeholder_shows_the_error_under_the_body(qtbot, crm, jobs):
    dialog = TemplateDialog(crm.marketing, jobs)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name_edit, "邀请函")
    type_text(qtbot, dialog.subject_edit, "{{name}} 您好")
    type_text(qtbot, dialog.body_edit, "尊敬的{{nmae}}：")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settle(qtbot, jobs)
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.rows.error_text("body") == UNKNOWN_PLACEHOLDER
    assert dialog.rows.errors.bodyError.isVisible() and not dialog.rows.errors.subjectError.isVisible()
    assert "{{company}}" in dialog.hint.text()
    shot(dialog, "template-error")
    assert crm.marketing.templates() == []
    dialog.body_edit.setPlainText("尊敬的{{name}}：")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settle(qtbot, jobs)
    assert dialog.saved is not None and [t.name for t in crm.marketing.templates()] == ["邀请函"]


def test_the_templates_tab_lists_and_shows_a_template(qtbot, window, crm, ready):
    assert window.nav_item("marketing").text() == "Marketing" and not window.is_built("marketing")
    page = open_marketing(qtbot, window, TAB_TEMPLATES)
    assert window.pages.currentWidget() is page
    assert page.templates.list.count() == 1
    assert page.templates.body_view.toPlainText() == "尊敬的{{name}}（{{company}}）："
    shot(window, "templates")


def test_a_campaign_is_created_launched_its_members_marked_and_the_effect_updated(qtbot, window, crm, territory):
    m = crm.marketing
    m.save_segment(SegmentInput("上海客户", SegmentRule(cities=("上海",))))
    m.save_template(TemplateInput("展会邀请", "{{name}}，{{campaign}}邀请您", "尊敬的{{name}}（{{company}}）："))
    page = open_marketing(qtbot, window, TAB_CAMPAIGNS)
    tab = page.campaigns

    def fill(dialog: CampaignDialog) -> None:
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.keyClicks(dialog.cost_edit, "abc")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # no name, a cost that is no amount: both shown
        qtbot.waitUntil(lambda: bool(dialog.rows.error_text("name") and dialog.rows.error_text("actual_cost")))
        type_text(qtbot, dialog.name_edit, "上海展会")
        dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("exhibition"))
        dialog.cost_edit.setText("12,000")
        dialog.segment_combo.setCurrentIndex(dialog.segment_combo.findText("上海客户"))
        dialog.template_combo.setCurrentIndex(dialog.template_combo.findText("展会邀请"))
        shot(dialog, "campaign-dialog")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    when_modal(CampaignDialog, fill)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.jobs)
    assert tab.model.rowCount() == 1 and tab.current_campaign().name == "上海展会"
    assert tab.model.index(0, 6).data() == "¥12,000.00" and tab.model.index(0, 5).data() == ""

    with qtbot.waitSignal(tab.members.sig_loaded):
        qtbot.mouseClick(tab.launch_button, Qt.MouseButton.LeftButton)
    assert tab.message_label.text().startswith("“上海展会” launched: 3 contact")
    members = tab.members.model
    assert [members.index(r, 0).data() for r in range(members.rowCount())] == ["张伟", "李强", "王芳"]
    assert members.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("No e-mail address")
    assert members.index(1, 2).data(Qt.ItemDataRole.ToolTipRole).startswith("Asked not to be contacted")
    assert members.index(2, 0).data(Qt.ItemDataRole.ToolTipRole) is None  # 王芳 may be e-mailed
    assert tab.model.index(0, 7).data() == "3"

    tab.members.select_member("王芳")
    with qtbot.waitSignal(tab.members.sig_loaded):
        qtbot.mouseClick(tab.members.responded_button, Qt.MouseButton.LeftButton)
    assert members.index(2, 3).data() == "Responded"
    shot(window, "campaigns")

    campaign = tab.current_campaign()
    won = next(s for s in crm.sales.stages() if s.is_won)
    crm.sales.create(OpportunityInput(name="展会订单", account_id=territory["sh_a"].id, stage_id=won.id,
                                      amount=Decimal(60000), campaign_id=campaign.id))
    effect = page.effect
    with qtbot.waitSignal(effect.sig_loaded):
        page.show_tab(TAB_EFFECT)
    row = [effect.model.index(0, c).data() for c in range(effect.model.columnCount())]
    # Members reached are those past "targeted"; a lead is a member who replied or converted.
    assert row[0] == "上海展会" and row[1:7] == ["3", "1", "1", "0", "1", "1"]
    assert row[7:10] == ["¥60,000", "¥12,000", "¥12,000"]
    assert row[10:] == ["100.0 %", "400.0 %"]
    shot(window, "effect")


def test_preview_shows_the_selected_members_email(qtbot, window, crm, ready):
    crm.marketing.launch(ready.id)
    tab = open_marketing(qtbot, window, TAB_CAMPAIGNS).campaigns
    qtbot.waitUntil(lambda: tab.members.model.rowCount() == 3)
    tab.members.select_member("王芳")
    tab.members.preview()
    settle(qtbot, window.jobs)
    dialog = tab.members.preview_dialog
    qtbot.addWidget(dialog)
    assert dialog.subject_edit.text() == "王芳，上海展会邀请您"
    assert dialog.body_edit.toPlainText() == "尊敬的王芳（上海电气）："
    shot(dialog, "preview")
    dialog.close()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")  # the picker's popup
def test_contacts_are_added_with_the_picker_and_removed(qtbot, window, crm, ready):
    crm.marketing.launch(ready.id)
    panel = open_marketing(qtbot, window, TAB_CAMPAIGNS).campaigns.members
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)

    def pick(dialog: AddContactsDialog) -> None:
        type_text(qtbot, dialog.combo.lineEdit(), "陈静")
        qtbot.waitUntil(lambda: dialog.combo.count() > 1)  # the search's hits
        dialog.combo.setCurrentIndex(1)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        type_text(qtbot, dialog.combo.lineEdit(), "无此人")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert dialog.error.text() and dialog.chosen.count() == 1
        dialog.accept()

    when_modal(AddContactsDialog, pick)
    with qtbot.waitSignal(panel.sig_loaded):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert "陈静" in [m.name for m in panel.model.rows]
    settle(qtbot, window.jobs)  # the campaigns' member counts, and the members again
    panel.select_member("陈静")
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    with qtbot.waitSignal(panel.sig_loaded):
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert "陈静" not in [m.name for m in panel.model.rows]


def test_sending_while_the_mail_server_is_offline_keeps_the_emails_queued(qtbot, window, crm, ready):
    from crm_desktop.domain.marketing.mail import MailSettings

    crm.email.save_settings(MailSettings("127.0.0.1", free_port(), "none", from_address="sales@example.cn",
                                         rate_per_minute=6000))
    crm.marketing.launch(ready.id)
    tab = open_marketing(qtbot, window, TAB_CAMPAIGNS).campaigns
    with qtbot.waitSignal(tab.mailer.sig_finished, timeout=20000) as finished:
        qtbot.mouseClick(tab.send_button, Qt.MouseButton.LeftButton)
    text = finished.args[0]
    assert "cannot be reached" in text and "Sent: 0" in text
    assert "Still queued: 1 (will be sent when online)" in text
    assert "1 asked not to be contacted or unsubscribed; 1 without an e-mail address" in text
    assert crm.email.counts(ready.id).get("queued") == 1
    shot(tab.mailer.summary_box, "send-summary")
    tab.mailer.summary_box.close()


def test_without_a_mail_server_send_offers_the_settings_first(qtbot, window, crm, ready):
    crm.marketing.launch(ready.id)
    tab = open_marketing(qtbot, window, TAB_CAMPAIGNS).campaigns
    port = free_port()

    def set_up(dialog: MailSettingsDialog) -> None:
        assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.keyClicks(dialog.host_edit, "127.0.0.1")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # no sender address yet
        qtbot.waitUntil(lambda: bool(dialog.rows.error_text("from_address")))
        assert dialog.isVisible()
        dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("none"))
        dialog.port_spin.setValue(port)
        dialog.rate_spin.setValue(6000)
        qtbot.keyClicks(dialog.from_address_edit, "sales@example.cn")
        qtbot.keyClicks(dialog.password_edit, "secret")
        shot(dialog, "mail-settings")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    def answer_yes(box: QMessageBox) -> None:
        assert "No mail server" in box.text()
        when_modal(MailSettingsDialog, set_up)
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(QMessageBox, answer_yes)
    with qtbot.waitSignal(tab.mailer.sig_finished, timeout=20000) as finished:
        qtbot.mouseClick(tab.send_button, Qt.MouseButton.LeftButton)
    assert "Still queued: 1" in finished.args[0]
    settings = crm.email.settings()
    assert (settings.host, settings.port, settings.security) == ("127.0.0.1", port, "none")
    tab.mailer.summary_box.close()
    again = MailSettingsDialog(crm.email, window.jobs)  # the saved password is never shown again
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: not again.loading)
    assert again.password_edit.text() == "" and again.from_address_edit.text() == "sales@example.cn"


@pytest.fixture
def smtp_server():
    """A real SMTP server on a loopback port: (port, the raw messages it accepted)."""
    pytest.importorskip("aiosmtpd")
    from aiosmtpd.controller import Controller

    received: list[bytes] = []

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            received.append(envelope.content)
            return "250 OK"

    port = free_port()
    server = Controller(Handler(), hostname="127.0.0.1", port=port)
    server.start()
    yield port, received
    server.stop()


def test_sending_to_a_real_smtp_server_marks_the_member_sent(qtbot, window, crm, ready, smtp_server):
    from crm_desktop.domain.marketing.mail import MailSettings

    port, received = smtp_server
    crm.email.save_settings(MailSettings("127.0.0.1", port, "none", from_address="sales@example.cn",
                                         rate_per_minute=6000))
    crm.marketing.launch(ready.id)
    tab = open_marketing(qtbot, window, TAB_CAMPAIGNS).campaigns
    with qtbot.waitSignal(tab.mailer.sig_finished, timeout=20000) as finished:
        qtbot.mouseClick(tab.send_button, Qt.MouseButton.LeftButton)
    assert "Sent: 1" in finished.args[0] and "Still queued: 0" in finished.args[0]
    assert len(received) == 1
    tab.mailer.summary_box.close()
    qtbot.waitUntil(lambda: any(m.status == "sent" for m in tab.members.model.rows))


def test_cancel_stops_sending_and_the_rest_stays_queued(qtbot, window, crm, ready, smtp_server):
    from crm_desktop.domain.marketing.mail import MailSettings

    port, received = smtp_server
    crm.email.save_settings(MailSettings("127.0.0.1", port, "none", from_address="sales@example.cn",
                                         rate_per_minute=1))  # a minute between messages: time to cancel
    more = [crm.customers.create_contact(ContactInput(name=f"客户{i}", email=f"c{i}@example.cn")).id for i in range(3)]
    crm.marketing.add_members(ready.id, more)
    tab = open_marketing(qtbot, window, TAB_CAMPAIGNS).campaigns
    with qtbot.waitSignal(tab.mailer.sig_finished, timeout=20000) as finished:
        qtbot.mouseClick(tab.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(received) == 1, timeout=10000)
        qtbot.waitUntil(lambda: tab.mailer.progress is not None and tab.mailer.progress.isVisible())
        shot(tab.mailer.progress, "send-progress")
        qtbot.mouseClick(tab.mailer.progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    text = finished.args[0]
    assert text.startswith("Sending was stopped.") and "Sent: 1" in text and "Still queued: 2" in text
    assert crm.email.counts(ready.id).get("queued") == 2 and len(received) == 1
    tab.mailer.summary_box.close()


def test_the_contact_editor_keeps_do_not_contact_and_unsubscribed(qtbot, crm, jobs):
    made = crm.customers.create_contact(ContactInput(name="王芳", email="wang@example.cn"))
    dialog = ContactEditDialog(crm.customers, jobs, made)
    qtbot.addWidget(dialog)
    assert not dialog.form.doNotContactCheck.isChecked() and not dialog.form.unsubscribedCheck.isChecked()
    dialog.form.unsubscribedCheck.setChecked(True)
    dialog.save()
    settle(qtbot, jobs)
    saved = crm.customers.get_contact(made.id)
    assert saved.unsubscribed and not saved.do_not_contact
    again = ContactEditDialog(crm.customers, jobs, saved)
    qtbot.addWidget(again)
    assert again.form.unsubscribedCheck.isChecked()
    again.form.doNotContactCheck.setChecked(True)
    again.form.unsubscribedCheck.setChecked(False)
    again.save()
    settle(qtbot, jobs)
    saved = crm.customers.get_contact(made.id)
    assert saved.do_not_contact and not saved.unsubscribed


def test_the_marketing_page_in_chinese(qtbot, crm, prefs, qapp, ready):
    from crm_desktop.gui.shell.main_window import MainWindow
    from crm_desktop.gui.shell.translation import install_translators

    crm.marketing.launch(ready.id)
    try:
        install_translators(qapp, "zh_CN")
        window = MainWindow(crm, prefs)
        qtbot.addWidget(window)
        window.show()
        page = open_marketing(qtbot, window, TAB_CAMPAIGNS)
        qtbot.waitUntil(lambda: page.campaigns.members.model.rowCount() == 3)
        shot(window, "campaigns-zh")
        editor = SegmentEditor(crm.marketing, window.jobs, crm.analytics.owners(), parent=window)
        editor.show()
        qtbot.waitUntil(lambda: editor.last_count is not None)
        shot(editor, "segment-editor-zh")
        editor.close()
        window.shutdown_background()
    finally:
        install_translators(qapp, "en")
        QApplication.processEvents()


def test_a_segment_narrows_the_customer_list_and_what_it_exports(qtbot, window, crm, ready, tmp_path):
    """'Show in customer list' opens the list narrowed to the segment; the segment filter combines with the
    others, follows an edit of the segment, and the export dialog writes the segment's records."""
    from crm_desktop.gui.exchange.export_dialog import ExportDialog

    page = open_marketing(qtbot, window, TAB_SEGMENTS)
    tab = page.segments
    settle(qtbot, window.jobs)
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.jobs)
    customers = window.page("customers")
    assert window.current_page_name() == "customers" and customers.segment_filter.currentText() == "上海客户"
    names = lambda: {customers.model.index(r, 0).data() for r in range(customers.model.rowCount())}  # noqa: E731
    assert names() == {"王芳", "李强", "张伟"}
    customers.tabs.setCurrentIndex(1)  # accounts of the segment's contacts
    settle(qtbot, window.jobs)
    assert names() == {"上海电气", "上海家化"}
    customers.tabs.setCurrentIndex(0)
    settle(qtbot, window.jobs)

    # Edited in Marketing: the list follows once it is shown again.
    segment = crm.marketing.segment_named("上海客户")
    crm.marketing.save_segment(SegmentInput("上海客户", SegmentRule(cities=("上海",), levels=("A",))), segment.id)
    window.nav.setCurrentRow(window.stack.row_of("marketing"))
    window.nav.setCurrentRow(window.stack.row_of("customers"))
    settle(qtbot, window.jobs)
    assert names() == {"王芳", "李强"}
    shot(window, "segment-in-list")

    dialog = window.commands("exchange").open_export_dialog()
    assert isinstance(dialog, ExportDialog) and dialog.view.segment_name == "上海客户"
    dialog.form.recordsRadio.setChecked(True)
    assert "上海客户" in dialog.form.summaryLabel.text()
    out = tmp_path / "segment.csv"
    dialog.form.formatCombo.setCurrentIndex(1)
    dialog.form.pathEdit.setText(str(out))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=5000)
    assert dialog.exported[0] == 2
    assert {line.split(",")[0] for line in out.read_text(encoding="utf-8-sig").splitlines()[1:]} == {"王芳", "李强"}

    qtbot.mouseClick(customers.clear_filters_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.jobs)
    assert customers.model.rowCount() == 5

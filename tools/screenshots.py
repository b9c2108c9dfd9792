"""Screenshots for the README: the window offscreen over a demo store, in English and Chinese."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt  # noqa: E402

from crm_desktop.controllers.shell.app import CrmApp  # noqa: E402
from crm_desktop.gui.shell.app import create_application  # noqa: E402
from crm_desktop.gui.shell.main_window import MainWindow  # noqa: E402
from crm_desktop.gui.shell.preferences import Preferences  # noqa: E402
from crm_desktop.gui.shell.translation import install_translators  # noqa: E402

OUT = ROOT / "docs"


def settle(app, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def shoot(app, crm, language: str, name: str, query: str | None = None) -> Path:
    install_translators(app, language)
    prefs = Preferences(QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(crm, prefs)
    window.resize(1440, 860)
    window.show()
    titles = [c.title for c in window.page("customers").model.columns]
    window.page("customers").table.sortByColumn(titles.index("Last activity"), Qt.SortOrder.DescendingOrder)
    window.page("customers").select_first_row()
    if query:
        window.commands("customers").search_box.setText(query)
    settle(app)
    target = OUT / name
    window.grab().save(str(target))
    window.jobs.shutdown()
    window.close()
    return target


def wait_until(app, condition, seconds: float = 30) -> None:
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.02)


def exhibition_list(folder: Path) -> Path:
    """A rep's spreadsheet from a trade fair: a title row, Chinese headers, one bad number."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "展会客户"
    ws.append(["2024 秋季广交会 · 客户名单"])
    ws.append(["姓名", "手机", "公司", "职位", "邮箱", "城市", "备注"])
    people = [("陈静", "13811112222", "恒通国际贸易有限公司", "采购经理", "chenjing@hengtong.cn", "上海", "要样品"),
              ("刘洋", "13922223333", "华辰科技", "技术总监", "liuyang@huachen.com", "深圳", ""),
              ("杨帆", "13733334444", "华辰科技", "销售", "", "深圳", "展位 B12"),
              ("黄磊", "1380013", "远景物流", "经理", "huanglei@yj-logistics.cn", "广州", ""),
              ("周敏", "15844445555", "金桥建材", "总经理", "zhoumin@jinqiao.com", "杭州", "老客户介绍"),
              ("吴昊", "18655556666", "", "自由职业", "wuhao@example.com", "北京", "")]
    for row in people:
        ws.append(list(row))
    hidden = wb.create_sheet("旧数据")
    hidden.sheet_state = "hidden"
    path = folder / "广交会客户名单.xlsx"
    wb.save(path)
    return path


def shoot_interchange(app, crm, language: str, suffix: str) -> list[Path]:
    """The import wizard's mapping and preview pages and the export dialog."""
    from PySide6.QtWidgets import QWizard

    install_translators(app, language)
    prefs = Preferences(QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(crm, prefs)
    window.resize(1440, 860)
    window.show()
    shots = []

    def save(widget, name: str) -> None:
        settle(app, 0.3)
        target = OUT / f"{name}{suffix}.png"
        widget.grab().save(str(target))
        shots.append(target)

    wizard = window.commands("exchange").open_import_wizard(exhibition_list(Path(tempfile.mkdtemp())))
    for page_id in (wizard.PAGE_SHEET, wizard.PAGE_MAPPING):
        wizard.button(QWizard.WizardButton.NextButton).click()
        wait_until(app, lambda page_id=page_id: wizard.currentId() == page_id)
    save(wizard, "import-wizard-mapping")
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.policy_page.form.updateRadio.setChecked(True)
    wizard.button(QWizard.WizardButton.NextButton).click()
    wait_until(app, lambda: wizard.preview_page.result is not None)
    save(wizard, "import-wizard-preview")
    wizard.reject()
    dialog = window.commands("exchange").open_export_dialog()
    dialog.form.pathEdit.setText(str(Path.home() / "Documents" / dialog.path().name))
    save(dialog, "export-dialog")
    dialog.reject()
    window.jobs.shutdown()
    window.close()
    return shots


def demo_window(app, language: str, customers: int, height: int):
    """A fresh demo store in `language` and the window over it."""
    install_translators(app, language)
    crm = CrmApp.open(Path(tempfile.mkdtemp()) / "crm.db", language=language)
    crm.load_demo(customers, seed=5)
    prefs = Preferences(QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(crm, prefs)
    window.resize(1440, height)
    window.show()
    return crm, window


def shoot_service(app, language: str, suffix: str) -> list[Path]:
    """The service queues and an open ticket with its history, over a demo store in that language."""
    crm, window = demo_window(app, language, 2000, 860)
    window.commands("service").show_queue("open")
    settle(app)
    shots = [OUT / f"service-queues{suffix}.png"]
    window.grab().save(str(shots[0]))
    from crm_desktop.gui.service.ticket_dialog import TicketDialog

    page = window.page("service")
    busiest = max((page.model.record_id(r) for r in range(min(page.model.rowCount(), 200))),
                  key=lambda ticket_id: len(crm.service.get(ticket_id).events))
    dialog = TicketDialog(crm, window.jobs, crm.service.get(busiest), parent=window)
    dialog.show()
    settle(app, 0.3)
    shots.append(OUT / f"ticket-dialog{suffix}.png")
    dialog.grab().save(str(shots[1]))
    dialog.reject()
    window.jobs.shutdown()
    window.close()
    crm.close()
    return shots


def shoot_dashboard(app, language: str, suffix: str) -> Path:
    """The dashboard over a demo store in that language, once every chart is drawn."""
    crm, window = demo_window(app, language, 3000, 900)
    window.show_page("dashboard")
    wait_until(app, lambda: window.page("dashboard").result is not None)
    settle(app)
    target = OUT / f"dashboard{suffix}.png"
    window.grab().save(str(target))
    window.jobs.shutdown()
    window.close()
    crm.close()
    return target


def shoot_calendar(app, language: str, suffix: str) -> list[Path]:
    """The calendar's week over a demo store in that language (visits side by side, follow-ups and deals' closes
    in the all-day row), and today's route through the demo's planned visits."""
    crm, window = demo_window(app, language, 3000, 900)
    shots = []
    for name, file_name in (("calendar", "calendar-week"), ("route", "route")):
        page = window.show_page(name)
        wait_until(app, lambda page=page: not page.loading)
        settle(app)
        target = OUT / f"{file_name}{suffix}.png"
        window.grab().save(str(target))
        shots.append(target)
    window.jobs.shutdown()
    window.close()
    crm.close()
    return shots


def busiest_account(crm) -> str:
    """The id of the demo account with the most contacts (the store is plain: read it directly)."""
    import sqlite3

    con = sqlite3.connect(crm.store.path)
    try:
        return con.execute("SELECT account_id FROM contacts WHERE account_id IS NOT NULL AND deleted_at IS NULL"
                           " GROUP BY account_id ORDER BY count(*) DESC, account_id LIMIT 1").fetchone()[0]
    finally:
        con.close()


def shoot_rep_day(app, language: str, suffix: str) -> list[Path]:
    """An account with its contacts, the agenda and the pipeline board, over a demo store in that language."""
    crm, window = demo_window(app, language, 3000, 860)
    shots = []

    def save(name: str) -> None:
        settle(app)
        target = OUT / f"{name}{suffix}.png"
        window.grab().save(str(target))
        shots.append(target)

    page = window.page("customers")
    page.tabs.setCurrentIndex(1)  # the accounts list
    settle(app)
    page.open_record("account", busiest_account(crm))
    wait_until(app, lambda: page.detail.record is not None)
    page.detail.tabs.setCurrentWidget(page.detail.contacts)
    save("account-contacts")
    window.show_page("agenda")
    save("agenda")
    window.show_page("pipeline")
    save("pipeline-board")
    window.jobs.shutdown()
    window.close()
    crm.close()
    return shots


def main() -> int:
    OUT.mkdir(exist_ok=True)
    app = create_application()
    folder = Path(tempfile.mkdtemp())
    crm = CrmApp.open(folder / "crm.db")
    crm.load_demo(5000, seed=11)
    print(shoot(app, crm, "en", "screenshot.png"))
    print(shoot(app, crm, "zh_CN", "screenshot-zh.png", query="zw"))
    for language, suffix in (("en", ""), ("zh_CN", "-zh")):
        for path in (*shoot_interchange(app, crm, language, suffix), *shoot_rep_day(app, language, suffix),
                     *shoot_service(app, language, suffix), shoot_dashboard(app, language, suffix),
                     *shoot_calendar(app, language, suffix)):
            print(path)
    crm.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

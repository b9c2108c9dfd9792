"""The analytics dashboard: every chart drawn off a real store, filters, drill-down, exports, Chinese, stale jobs."""

import math
import re
import threading
import warnings
from dataclasses import replace
from datetime import date
from decimal import Decimal
from types import SimpleNamespace

import pytest
from matplotlib.backend_bases import MouseButton, MouseEvent, PickEvent
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from crm_desktop.charts.fonts import cjk_family
from crm_desktop.charts.theme import Theme
from crm_desktop.domain.analytics.dashboard import CHART_TITLES, DashboardFilter, DrillRows
from crm_desktop.gui.analytics.dashboard_filters import CUSTOM, parse_range, preset_range
from crm_desktop.gui.analytics.dashboard_page import DashboardPage, load_dashboard
from crm_desktop.gui.analytics.drill_dialog import DrillDialog
from crm_desktop.gui.sales.opportunity_dialog import OpportunityDialog
from crm_desktop.gui.shell.jobs import JobRunner
from crm_desktop.gui.shell.preferences import Preferences
from crm_desktop.gui.shell.translation import install_translators
from crm_desktop.tasks import TaskCancelledError, TaskState
from tests.gui.conftest import on_worker, settle, when_modal

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
LOADED_MS = 20000


@pytest.fixture
def demo(crm):
    crm.load_demo(300, seed=3)
    return crm


@pytest.fixture
def jobs():
    runner = JobRunner()
    yield runner
    runner.shutdown()


def new_page(qtbot, crm, jobs, prefs) -> DashboardPage:
    page = DashboardPage(crm, jobs, prefs)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    return page


def shown(qtbot, page: DashboardPage) -> DashboardPage:
    with qtbot.waitSignal(page.sig_loaded, timeout=LOADED_MS):
        page.show()
        page.refresh()
    return page


@pytest.fixture
def page(qtbot, demo, jobs, prefs):
    return shown(qtbot, new_page(qtbot, demo, jobs, prefs))


def find(card, category_key: str, series_key: str | None = None):
    """The drawn artist and its index (a bar of a collection, a point of a line) for a category and series."""
    for artist in card.picks.artists():
        for index in range(len(card.chart.categories)):
            hit = card.picks.lookup(artist, index)
            if hit is not None and (hit.category_key, hit.series_key) == (category_key, series_key):
                return artist, index, hit
    raise LookupError(category_key)


def click(qtbot, card, artist, index: int) -> None:
    """A real left click on the middle of a drawn bar, slice or point."""
    card.canvas.draw()
    if hasattr(artist, "get_paths"):  # bars drawn as one collection
        points = artist.get_paths()[index].vertices[:4]
    elif hasattr(artist, "get_xydata"):  # a line's point
        points = artist.get_xydata()[index:index + 1]
    else:  # a pie wedge
        points = artist.get_path().vertices
    x, y = artist.get_transform().transform(points).mean(axis=0)
    ratio = card.canvas.device_pixel_ratio
    qtbot.mouseClick(card.canvas, Qt.MouseButton.LeftButton,
                     pos=QPoint(round(x / ratio), round(card.canvas.height() - y / ratio)))


def pick(card, artist, index: int) -> None:
    """A matplotlib pick of `artist`, as the canvas reports it."""
    mouse = MouseEvent("button_press_event", card.canvas, 5, 5, button=MouseButton.LEFT)
    card.canvas.callbacks.process("pick_event", PickEvent("pick_event", card.canvas, mouse, artist, ind=[index]))


def test_presets_are_whole_months_up_to_today():
    today = date(2026, 11, 25)
    assert preset_range("this_month", today) == (date(2026, 11, 1), today)
    assert preset_range("3m", today) == (date(2026, 9, 1), today)
    assert preset_range("12m", today) == (date(2025, 12, 1), today)
    assert preset_range("this_year", date(2026, 2, 3)) == (date(2026, 1, 1), date(2026, 2, 3))
    assert parse_range("2026-01-05/2026-03-31", today) == (CUSTOM, date(2026, 1, 5), date(2026, 3, 31))
    assert parse_range("nonsense", today) == ("12m", date(2025, 12, 1), today)


def test_the_worker_forgets_an_owner_or_team_that_is_gone_and_stops_when_cancelled(demo):
    # On a worker thread, where the page runs it.
    result = on_worker(load_dashboard, demo.analytics, DashboardFilter(owner_id="gone", team="gone"), TaskState())
    assert (result.flt.owner_id, result.flt.team) == (None, None)
    assert [c.key for c in result.charts] == [c.key for c in demo.analytics.dashboard(DashboardFilter())]
    assert result.owners and result.teams
    state = TaskState()
    state.cancel()
    with pytest.raises(TaskCancelledError):
        on_worker(load_dashboard, demo.analytics, DashboardFilter(), state)


def test_every_chart_gets_a_drawn_card(qtbot, page, demo):
    expected = [c.key for c in demo.analytics.dashboard(page.result.flt)]
    assert list(page.cards) == expected
    assert set(expected) <= set(CHART_TITLES)
    for key, card in page.cards.items():
        assert card.texts.title == CHART_TITLES[key]
        assert card.figure.texts[0].get_text() == CHART_TITLES[key]  # the title, drawn in the figure
        assert card.chart.is_empty or len(card.picks) > 0
        assert card.isVisible()
    assert page.pdf_button.isEnabled()
    assert page._columns == 3
    drawn = []
    for card in page.cards.values():
        card.show_chart = lambda *args, c=card: drawn.append(c.chart.key)
    with qtbot.waitSignal(page.sig_loaded, timeout=LOADED_MS):
        page.refresh()  # the next visit: the same numbers are not drawn again
    assert drawn == []
    assert page.cards["customers_by_source"].texts.categories[0] in ("Referral", "Campaign", "Exhibition", "Web",
                                                                     "Cold call", "Other", "(none)")


def test_filters_change_the_charts_and_are_remembered(qtbot, page, demo, jobs, tmp_path):
    owners = page.cards["revenue_by_owner"].chart
    owner_id, owner_name = owners.category_keys[0], owners.categories[0]
    with qtbot.waitSignal(page.sig_loaded, timeout=LOADED_MS):
        page.filters.owner_combo.setCurrentIndex(page.filters.owner_combo.findData(owner_id))
    assert page.result.flt.owner_id == owner_id
    assert page.cards["revenue_by_owner"].chart.categories == (owner_name,)
    with qtbot.waitSignal(page.sig_loaded, timeout=LOADED_MS):
        page.filters.set_preset("this_month")
    today = date.today()
    assert page.cards["revenue_by_month"].chart.categories == (today.strftime("%Y-%m"),)
    team = demo.analytics.teams()[0]
    with qtbot.waitSignal(page.sig_loaded, timeout=LOADED_MS):
        page.filters.team_combo.setCurrentIndex(page.filters.team_combo.findText(team))
    assert page.result.flt == DashboardFilter(today.replace(day=1), today, owner_id, team)

    # A new page (the next start of the CRM) comes back with the same filter.
    again = shown(qtbot, new_page(qtbot, demo, jobs, page.filters.prefs))
    assert again.filters.range_combo.currentData() == "this_month"
    assert again.filters.owner_combo.currentData() == owner_id
    assert again.filters.team_combo.currentText() == team
    assert again.result.flt == page.result.flt


def test_a_custom_period_is_remembered_as_dates(qtbot, page, demo, jobs):
    with qtbot.waitSignal(page.sig_loaded, timeout=LOADED_MS):
        page.filters.set_period(date(2026, 3, 31), date(2026, 1, 5))  # either way round
    assert page.cards["revenue_by_month"].chart.categories == ("2026-01", "2026-02", "2026-03")
    assert page.filters.range_combo.currentData() == CUSTOM
    again = shown(qtbot, new_page(qtbot, demo, jobs, page.filters.prefs))
    assert again.result.flt.date_from == date(2026, 1, 5) and again.result.flt.date_to == date(2026, 3, 31)


def test_typing_a_date_switches_to_a_custom_period(qtbot, page):
    with qtbot.waitSignal(page.sig_loaded, timeout=LOADED_MS):
        page.filters.from_edit.setDate(date(2026, 6, 1))
    assert page.filters.range_combo.currentData() == CUSTOM
    assert page.result.flt.date_from == date(2026, 6, 1)


def test_a_click_on_a_bar_lists_its_records_and_opens_one(qtbot, qtmodeltester, page, demo):
    card = page.cards["customers_by_level"]
    click(qtbot, card, *find(card, "A")[:2])
    qtbot.waitUntil(lambda: page.drill_dialog is not None, timeout=LOADED_MS)
    dialog = page.drill_dialog
    expected = demo.analytics.drill(page.result.flt, "customers_by_level", card.chart.category_keys[0])
    assert dialog.drill == expected and dialog.drill.entity == "account"
    assert dialog.model.rowCount() == len(expected.rows) == int(card.chart.series[0].values[0])
    assert [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())] == [
        "Account", "City", "Source", "Level", "Owner"]
    assert dialog.count_label.text().startswith(f"{len(expected.rows)} record")  # "4 records" once crm_en.ts says
    assert "Customers by level · A" in dialog.windowTitle()
    qtmodeltester.check(dialog.model)
    dialog.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    names = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
    assert names == sorted(names, key=str.casefold, reverse=True)
    dialog.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    with qtbot.waitSignal(page.sig_open) as opened:
        dialog.table.activated.emit(dialog.model.index(0, 0))
    assert opened.args == ["account", expected.rows[0][0]]


def test_deals_lost_by_reason_are_counted_named_and_listed(qtbot, page, demo):
    card = page.cards["lost_by_reason"]
    counts = dict(zip(card.chart.category_keys, card.chart.series[0].values, strict=True))
    assert set(counts) <= {"price", "competitor", "no_budget", "no_decision", "timing", "product_fit", "other"}
    assert sum(counts.values()) == sum(n for m, status, n in demo.store.engine.connect().exec_driver_sql(
        "SELECT '', status, count(*) FROM opportunities WHERE status = 'lost' AND deleted_at IS NULL"
        " AND closed_at >= ? GROUP BY status", (page.result.flt.date_from.isoformat(),)))
    shown = dict(zip(card.chart.category_keys, card.texts.categories, strict=True))
    assert shown.get("price", "Price") == "Price"
    assert shown.get("other", "Other") == "Other"  # a word, not a code
    top = max(counts, key=lambda code: counts[code])
    click(qtbot, card, *find(card, top)[:2])
    qtbot.waitUntil(lambda: page.drill_dialog is not None, timeout=LOADED_MS)
    rows = page.drill_dialog.drill.rows
    assert len(rows) == counts[top] and {r[5] for r in rows} == {"lost"}


def test_hovering_a_bar_shows_its_value(qtbot, page):
    card = page.cards["revenue_by_owner"]
    bars, index, hit = find(card, card.chart.category_keys[0])
    click(qtbot, card, bars, index)  # draws and finds the spot; the click's drill-down is not looked at here
    x, y = bars.get_transform().transform(bars.get_paths()[index].vertices[:4]).mean(axis=0)
    card._hover(MouseEvent("motion_notify_event", card.canvas, x, y))
    assert card.canvas.cursor().shape() == Qt.CursorShape.PointingHandCursor
    assert hit.tooltip.startswith(card.chart.categories[0]) and "¥" in hit.tooltip
    card._hover(MouseEvent("motion_notify_event", card.canvas, 2, 2))
    assert card.canvas.cursor().shape() != Qt.CursorShape.PointingHandCursor


def test_a_stacked_segment_drills_into_its_series(qtbot, page, demo):
    card = page.cards["activities_by_kind"]
    month = next(k for i, k in enumerate(card.chart.category_keys) if card.chart.series[1].values[i])
    segment, index, hit = find(card, month, card.chart.series[1].key)
    pick(card, segment, index)
    qtbot.waitUntil(lambda: page.drill_dialog is not None, timeout=LOADED_MS)
    rows = page.drill_dialog.drill.rows
    assert len(rows) == hit.value
    assert {r[2] for r in rows} == {hit.series_key}  # every activity of the picked kind
    kind = page.drill_dialog.model.index(0, 1).data()
    assert kind == card.texts.series_name(hit.series_key)  # shown translated, not as a code


def test_the_drill_list_shows_codes_as_words_and_says_when_it_is_cut_short(qtbot):
    rows = tuple((f"id{n}", f"Deal {n}", "Acme", Decimal("1234.5"), "CNY", "won", "2026-03-04T08:15:00Z", "Ann")
                 for n in range(3))
    dialog = DrillDialog(DrillRows("opportunity", ("Deal", "Account", "Amount", "Currency", "Status", "Date", "Owner"),
                                   rows, truncated=True), "Won revenue by owner · Ann")
    qtbot.addWidget(dialog)
    assert "2,000" in dialog.count_label.text()
    cells = [dialog.model.index(0, c).data() for c in range(7)]
    assert cells[2] == "1,234.50" and cells[4] == "Won"
    assert re.fullmatch(r"3/[45]/2026 \d{1,2}:15\s[AP]M", cells[5])  # local time of the stored UTC moment
    assert dialog.model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    activities = DrillDialog(DrillRows("activity", ("When",), (("a1", "2026-03-04"),)), "Activities")
    qtbot.addWidget(activities)
    with qtbot.waitSignal(activities.sig_open) as opened:  # the window shows it on its customer's page
        activities.open_row(activities.model.index(0, 0))
    assert opened.args == ["activity", "a1"]


def test_each_chart_saves_as_image_and_as_data(page, tmp_path):
    card = page.cards["revenue_by_month"]
    assert card.save_image(tmp_path / "c.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in card.save_image(tmp_path / "c.svg").read_bytes()[:500]
    assert card.save_image(tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
    with pytest.raises(ValueError):
        card.save_image(tmp_path / "c.gif")
    path = card.export_data(tmp_path / "c.xlsx")
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Month", "Won revenue", "Orders")
    assert len(rows) == 1 + len(card.chart.categories)
    assert sum(r[2] or 0 for r in rows[1:]) == sum(card.chart.series[1].values)


def test_the_whole_dashboard_exports_as_one_pdf(qtbot, page, tmp_path):
    with qtbot.waitSignal(page.sig_exported, timeout=60000) as saved:
        page.export_pdf(tmp_path / "report.pdf")
    data = saved.args[0].read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page\b", data))
    assert pages == 1 + math.ceil(len(page.cards) / 2)
    assert "Saved to" in page.status_label.text()


@pytest.mark.skipif(cjk_family() is None, reason="no CJK font installed")
def test_chinese_charts_draw_every_glyph(qtbot, qapp, demo, jobs, prefs, tmp_path):
    install_translators(qapp, "zh_CN")
    try:
        page = shown(qtbot, new_page(qtbot, demo, jobs, prefs))
        sources = page.cards["customers_by_source"].texts
        assert set(sources.categories) & {"转介绍", "展会", "网站", "陌生拜访", "市场活动", "其他"}
        assert page.cards["revenue_by_month"].texts.month_names[0] == "1月"
        card = page.cards["revenue_by_month"]
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            card.show_chart(card.chart, replace(card.texts, title="按月赢单收入和订单"), card.theme)
            for each in page.cards.values():
                each.canvas.draw()
            card.save_image(tmp_path / "zh.pdf")
        assert card.figure.texts[0].get_text() == "按月赢单收入和订单"
        assert [str(w.message) for w in caught if "missing from" in str(w.message)] == []
    finally:
        install_translators(qapp, "en")


class Gate:
    """The analytics controller with its first dashboard() held until released: a slow store."""

    def __init__(self, real, honour_cancel: bool = False) -> None:
        self.real, self.honour_cancel = real, honour_cancel
        self.release, self.calls = threading.Event(), []

    def __getattr__(self, name):
        return getattr(self.real, name)

    def dashboard(self, flt, state=None):
        self.calls.append(flt)
        if len(self.calls) == 1:
            self.release.wait(10)
        return self.real.dashboard(flt, state if self.honour_cancel else None)


def gated_page(qtbot, demo, jobs, prefs, **kwargs):
    gate = Gate(demo.analytics, **kwargs)
    page = new_page(qtbot, SimpleNamespace(analytics=gate), jobs, prefs)
    return page, gate


def test_a_changed_filter_drops_the_slower_earlier_result(qtbot, demo, jobs, prefs):
    page, gate = gated_page(qtbot, demo, jobs, prefs)
    loaded = []
    page.sig_loaded.connect(lambda: loaded.append(page.result.flt))
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: len(gate.calls) == 1)
    page.filters.set_preset("this_month")  # queued behind the held job
    gate.release.set()
    qtbot.waitUntil(lambda: bool(loaded), timeout=LOADED_MS)
    assert len(gate.calls) == 2 and gate.calls[0].date_from != gate.calls[1].date_from
    assert loaded == [gate.calls[1]]  # the first result arrived first and was dropped
    assert page.cards["revenue_by_month"].chart.categories == (date.today().strftime("%Y-%m"),)


def test_a_slow_refresh_shows_progress_and_can_be_cancelled(qtbot, demo, jobs, prefs):
    page, gate = gated_page(qtbot, demo, jobs, prefs, honour_cancel=True)
    page.show()
    page.refresh()
    qtbot.waitUntil(page.cancel_button.isVisible)
    assert page.progress.isVisible() and page.status_label.text() == "Computing the charts…"
    page.cancel_button.click()
    gate.release.set()
    qtbot.waitUntil(lambda: page.status_label.text() == "Cancelled.", timeout=LOADED_MS)
    assert not page.cancel_button.isVisible() and page.result is None


def test_a_hidden_page_computes_nothing_until_shown(qtbot, demo, jobs, prefs):
    page, gate = gated_page(qtbot, demo, jobs, prefs)
    gate.release.set()
    page.refresh()
    assert gate.calls == [] and page.result is None
    with qtbot.waitSignal(page.sig_loaded, timeout=LOADED_MS):
        page.show()
    assert len(gate.calls) == 1


def test_charts_follow_a_dark_palette(qtbot, qapp, page):
    original = qapp.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202428"))
    try:
        QApplication.setPalette(dark)
        qtbot.waitUntil(lambda: page.cards["win_rate"].theme == Theme.dark())
        assert page.cards["win_rate"].figure.get_facecolor()[:3] == pytest.approx((0x1e / 255, 0x23 / 255, 0x29 / 255))
    finally:
        QApplication.setPalette(original)
    qtbot.waitUntil(lambda: page.cards["win_rate"].theme == Theme.light())


def test_the_window_shows_the_dashboard_last_and_opens_drilled_records(qtbot, window, demo):
    row = window.stack.row_of("dashboard")
    assert window.nav.item(row).text() == "Dashboard"
    assert window.nav.count() == row + 2 == window.stack.row_of("service") + 3  # Marketing comes after it
    assert not window.is_built("dashboard")
    with qtbot.waitSignal(window.page("dashboard").sig_loaded, timeout=LOADED_MS):
        window.nav.setCurrentRow(row)
    page = window.page("dashboard")
    card = page.cards["customers_by_level"]
    pick(card, *find(card, "B")[:2])
    qtbot.waitUntil(lambda: page.drill_dialog is not None, timeout=LOADED_MS)
    account_id = page.drill_dialog.model.record_id(0)
    page.drill_dialog.table.activated.emit(page.drill_dialog.model.index(0, 0))
    settle(qtbot, window.jobs)
    assert window.nav.currentRow() == 0
    assert window.page("customers").detail.record.id == account_id

    deal = page.cards["pipeline_funnel"]
    seen = []
    when_modal(OpportunityDialog, lambda dialog: (seen.append(dialog.windowTitle()), dialog.reject()))
    window.open_record("opportunity", demo.analytics.drill(page.result.flt, "pipeline_funnel",
                                                            deal.chart.category_keys[0]).rows[0][0])
    settle(qtbot, window.jobs)
    assert seen

    kinds = page.cards["activities_by_rep"].chart
    rows = demo.analytics.drill(page.result.flt, "activities_by_rep", kinds.category_keys[0]).rows
    activity = demo.activities.get(rows[0][0])
    window.open_record("activity", activity.id)  # opens the customer whose timeline holds it
    detail = window.page("customers").detail
    qtbot.waitUntil(lambda: detail.record is not None and detail.record.id in (activity.contact_id,
                                                                               activity.account_id))


def test_the_remembered_filter_lives_in_the_settings_file(qtbot, demo, jobs, tmp_path):
    settings = QSettings(str(tmp_path / "kept.ini"), QSettings.Format.IniFormat)
    page = shown(qtbot, new_page(qtbot, demo, jobs, Preferences(settings)))
    with qtbot.waitSignal(page.sig_loaded, timeout=LOADED_MS):
        page.filters.set_preset("3m")
    assert QSettings(str(tmp_path / "kept.ini"), QSettings.Format.IniFormat).value("dashboard/range") == "3m"

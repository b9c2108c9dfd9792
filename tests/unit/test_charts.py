"""Dashboard charts drawn headless on Agg: every kind, no-data, drill-down picks, tables, PDF, CLI."""

from __future__ import annotations

import math
import re
import warnings

import pytest
from matplotlib.backend_bases import MouseEvent
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from crm_desktop.charts.fonts import cjk_family, configure_fonts
from crm_desktop.charts.numbers import month_labels, months, short_value
from crm_desktop.charts.render import draw
from crm_desktop.charts.report import save_chart, write_dashboard_pdf
from crm_desktop.charts.table import chart_table
from crm_desktop.charts.texts import ChartTexts
from crm_desktop.charts.theme import Theme
from crm_desktop.domain.analytics.dashboard import (
    BAR,
    BAR_LINE,
    BARH,
    COUNT,
    FUNNEL,
    LINE,
    MONEY,
    MONTH,
    PERCENT,
    PIE,
    SCORE,
    STACKED_BAR,
    TEXT,
    ChartData,
    Series,
)

MONTHS = ("2025-11", "2025-12", "2026-01", "2026-02", "2026-03")
NAN = float("nan")
PROVINCES = ("广东省", "江苏省", "浙江省", "山东省", "河南省", "四川省", "湖北省", "福建省", "湖南省", "上海市",
             "北京市", "安徽省", "河北省", "广西壮族自治区", "内蒙古自治区")


def chart_of(kind: str) -> ChartData:
    """A small chart of each kind, shaped like the analytics controller's."""
    if kind == BAR:
        return ChartData("ticket_volume", BAR, MONTHS, MONTHS, (
            Series("opened", (30.0, 42, 29, 36, 40)), Series("resolved", (28.0, 41, 27, 36, 38))))
    if kind == STACKED_BAR:
        return ChartData("activities_by_kind", STACKED_BAR, MONTHS, MONTHS, tuple(
            Series(k, (10.0 * n, 12, 9, 14, 11)) for n, k in enumerate(("call", "visit", "email"), 1)),
            series_labels="activity_kind")
    if kind == BAR_LINE:
        return ChartData("revenue_by_month", BAR_LINE, MONTHS, MONTHS, (
            Series("revenue", (1.2e6, 2.5e6, 0.0, 3.1e6, 2.2e6), MONEY),
            Series("orders", (12.0, 20, 0, 25, 19), COUNT, secondary_axis=True)))
    if kind == LINE:
        return ChartData("win_rate", LINE, MONTHS, MONTHS, (Series("win_rate", (40.0, NAN, 55, 48, 61), PERCENT),))
    if kind == PIE:
        codes = ("web", "referral", "cold_call", "")
        return ChartData("customers_by_source", PIE, codes, codes, (Series("customers", (84.0, 81, 70, 5)),),
                         category_labels="source")
    if kind == FUNNEL:
        stages = ("线索", "需求确认", "方案报价", "商务谈判")
        return ChartData("pipeline_funnel", FUNNEL, stages, ("s1", "s2", "s3", "s4"), (
            Series("amount", (3.5e7, 2.4e7, 1.4e7, 0.6e7), MONEY),
            Series("deals", (240.0, 147, 106, 31), COUNT, secondary_axis=True)))
    if kind == BARH:
        values = tuple(float(v) for v in range(len(PROVINCES), 0, -1))
        return ChartData("revenue_by_region", BARH, PROVINCES, tuple(f"p{i}" for i in range(len(PROVINCES))),
                         (Series("revenue", tuple(v * 1e5 for v in values[::-1]), MONEY),))
    raise AssertionError(kind)


def drawn(chart: ChartData, texts: ChartTexts | None = None, theme: Theme | None = None):
    figure = Figure(figsize=(4.2, 3.0), dpi=100)
    FigureCanvasAgg(figure)
    picks = draw(figure, chart, texts or ChartTexts.english(chart), theme or Theme.light())
    figure.canvas.draw()
    return figure, picks


def shown_texts(figure: Figure) -> list[str]:
    return [t.get_text() for t in figure.findobj(Text) if t.get_visible() and t.get_text()]


def click(figure: Figure, x: float, y: float) -> MouseEvent:
    return MouseEvent("button_press_event", figure.canvas, x, y, button=1)


@pytest.mark.parametrize("kind", [BAR, STACKED_BAR, BAR_LINE, LINE, PIE, FUNNEL, BARH])
@pytest.mark.parametrize("theme", [Theme.light(), Theme.dark()], ids=["light", "dark"])
def test_every_kind_draws_with_its_title_and_pickable_parts(kind, theme):
    chart = chart_of(kind)
    figure, picks = drawn(chart, theme=theme)
    assert chart.title in shown_texts(figure)
    assert len(picks) > 0
    assert figure.get_facecolor()[:3] == pytest.approx(tuple(int(theme.background[i:i + 2], 16) / 255
                                                             for i in (1, 3, 5)))


@pytest.mark.parametrize("values", [(0.0, 0.0, 0.0, 0.0, 0.0), (NAN, NAN, 0.0, NAN, NAN)], ids=["zeros", "gaps"])
def test_a_chart_without_numbers_says_so(values):
    chart = ChartData("win_rate", BAR_LINE, MONTHS, MONTHS, (Series("deals", values), Series("win_rate", values,
                                                                                            PERCENT, True)))
    figure, picks = drawn(chart)
    assert "No data for this period" in shown_texts(figure)
    assert len(picks) == 0
    assert not figure.axes


def test_month_categories_read_as_short_month_names_with_the_year_at_new_year():
    figure, _ = drawn(chart_of(BAR))
    labels = shown_texts(figure)
    assert {"Nov\n2025", "Dec", "Jan\n2026", "Feb"} <= set(labels)
    assert month_labels(months(MONTHS), (*"一二三四五六七八九十", "十一", "十二"))[1] == "十二"


def test_money_axis_is_short_and_percent_axis_runs_to_100():
    figure, _ = drawn(chart_of(BAR_LINE))
    assert {"¥0", "¥1M", "¥2M", "¥3M", "0", "10", "20"} <= set(shown_texts(figure))  # orders on the right
    figure, _ = drawn(chart_of(LINE))
    assert figure.axes[0].get_ylim() == (0, 100)
    assert {"0 %", "50 %", "100 %"} <= set(shown_texts(figure))
    assert short_value(12_345_678, MONEY) == "¥12M"
    assert short_value(12_345_678, MONEY, myriads=True) == "¥1,235万"
    assert short_value(3.2e8, MONEY, myriads=True) == "¥3.2亿"


def _center(ax, x: float, y: float) -> tuple[float, float]:
    return tuple(ax.transData.transform((x, y)))


def test_clicking_a_bar_picks_its_category_and_series():
    chart = chart_of(BAR)
    figure, picks = drawn(chart)
    ax = figure.axes[0]
    hits = []
    figure.canvas.mpl_connect("pick_event", lambda event: hits.append(picks.pick(event)))
    x, y = _center(ax, 2 + 0.2, 10)  # the second ("resolved") bar of January
    figure.pick(click(figure, x, y))
    hit = next(h for h in hits if h is not None)
    assert (hit.category_key, hit.series_key) == ("2026-01", "resolved")
    assert hit.value == 27 and hit.value_text == "27"
    assert picks.at(click(figure, x, y)) == hit
    assert picks.at(click(figure, *_center(ax, 2, 500))) is None  # above every bar


def test_a_ranked_bar_picks_its_own_category_not_its_rank():
    chart = chart_of(BARH)  # the largest is the last category; drawn on top
    figure, picks = drawn(chart)
    ax = figure.axes[0]
    hit = picks.at(click(figure, *_center(ax, 1e5, 0)))
    assert hit.category_key == f"p{len(PROVINCES) - 1}" and hit.category == "内蒙古自治区"
    assert hit.series_key is None  # one series: drill() needs none
    assert len(set(shown_texts(figure)) & set(PROVINCES)) == 12  # the top twelve of fifteen


def test_the_middle_of_a_wide_bar_picks_it_and_a_zero_bar_picks_nothing():
    figure, picks = drawn(chart_of(FUNNEL))
    ax = figure.axes[0]
    hit = picks.at(click(figure, *_center(ax, 0, 1)))  # the funnel's bars are centred on 0
    assert (hit.category_key, hit.value_text) == ("s2", "¥24,000,000")
    figure, picks = drawn(chart_of(BAR_LINE))  # January has no revenue: a bar of height 0
    assert picks.at(click(figure, *_center(figure.axes[0], 2, 0))) is None


def test_a_line_point_and_a_pie_slice_pick_their_category():
    figure, picks = drawn(chart_of(BAR_LINE))
    line = picks.artists()[-1]  # orders, on the right-hand scale
    hit = picks.at(click(figure, *line.get_transform().transform(line.get_xydata()[3])))
    assert (hit.category_key, hit.series_key, hit.value_text) == ("2026-02", "orders", "25")
    figure, picks = drawn(chart_of(PIE))
    wedge = picks.artists()[0]
    hit = picks.lookup(wedge)
    assert hit.category_key == "web" and hit.category == "Web"
    assert "Web" in hit.tooltip and "84" in hit.tooltip


def test_gaps_draw_no_point_and_cannot_be_picked():
    _figure, picks = drawn(chart_of(LINE))
    line = picks.artists()[0]
    assert math.isnan(line.get_ydata()[1])
    assert picks.lookup(line, 1) is None
    assert picks.lookup(line, 2).value == 55


def test_chart_table_has_a_row_per_category_and_a_column_per_series():
    table = chart_table(chart_of(BAR_LINE), ChartTexts.english(chart_of(BAR_LINE)))
    assert table.title == "Won revenue and orders by month"
    assert table.headers == ("Month", "Won revenue", "Orders")
    assert table.kinds == (MONTH, MONEY, COUNT)
    assert table.rows[0] == ("2025-11", 1.2e6, 12.0)
    barh = chart_of(BARH)
    table = chart_table(barh, ChartTexts.english(barh))
    assert len(table.rows) == len(PROVINCES)  # all of them, not only the twelve drawn
    assert table.headers[0] == "Region" and table.kinds[0] == TEXT
    line = chart_of(LINE)
    assert chart_table(line, ChartTexts.english(line)).rows[1] == ("2025-12", None)  # a gap is an empty cell
    pie = chart_of(PIE)
    assert [r[0] for r in chart_table(pie, ChartTexts.english(pie)).rows] == ["Web", "Referral", "Cold call",
                                                                             "(none)"]


def test_translated_texts_come_from_the_caller():
    chart = chart_of(STACKED_BAR)
    texts = ChartTexts.translated(chart, lambda text: {"Activities by kind and month": "活动（按类型和月份）"}.get(
        text, text), lambda table, code: {"call": "电话", "visit": "拜访", "email": "邮件"}[code],
        tuple(f"{m}月" for m in range(1, 13)), myriads=True)
    figure, _ = drawn(chart, texts)
    shown = shown_texts(figure)
    assert {"活动（按类型和月份）", "电话", "拜访", "邮件", "11月\n2025"} <= set(shown)


@pytest.mark.skipif(cjk_family() is None, reason="no CJK font installed")
def test_chinese_labels_have_every_glyph():
    chart = chart_of(FUNNEL)
    texts = ChartTexts.translated(chart, lambda _text: "销售漏斗（按阶段）", month_names=tuple(
        f"{m}月" for m in range(1, 13)), myriads=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for one, one_texts in ((chart, texts), (chart_of(BARH), None), (chart_of(PIE), None)):
            drawn(one, one_texts)
    assert not [w for w in caught if "missing from font" in str(w.message)]


def test_fonts_put_the_cjk_family_first_again_after_a_reset():
    import matplotlib

    matplotlib.rcParams["font.sans-serif"] = ["Arial"]  # as if someone reset them
    family = configure_fonts()
    wanted = [family, "DejaVu Sans"] if family else ["DejaVu Sans"]
    assert matplotlib.rcParams["font.sans-serif"][: len(wanted)] == wanted
    assert matplotlib.rcParams["axes.unicode_minus"] is False


def test_theme_follows_the_background():
    assert Theme.for_background("#202124").text == Theme.dark().text
    assert Theme.for_background((1.0, 1.0, 1.0)).background == "#ffffff"
    assert not {Theme.light().danger, Theme.light().warning} & set(Theme.light().colors)


@pytest.mark.parametrize("suffix,magic", [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")])
def test_save_chart_by_suffix(tmp_path, suffix, magic):
    chart = chart_of(FUNNEL)
    path = save_chart(tmp_path / f"chart{suffix}", chart, ChartTexts.english(chart), Theme.light())
    assert path.read_bytes().startswith(magic)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left behind


def test_save_chart_refuses_other_formats(tmp_path):
    with pytest.raises(ValueError, match="png"):
        save_chart(tmp_path / "chart.gif", chart_of(BAR), ChartTexts.english(chart_of(BAR)), Theme.light())


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", data))


def test_dashboard_pdf_has_a_cover_and_two_charts_a_page(tmp_path):
    charts = [chart_of(kind) for kind in (BAR, STACKED_BAR, BAR_LINE, LINE, PIE, FUNNEL, BARH)]
    path = write_dashboard_pdf(tmp_path / "dashboard.pdf", charts, ChartTexts.english, Theme.light(),
                               "Sales and service dashboard", "2025-11-01 – 2026-03-31")
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and pdf_pages(data) == 1 + 4
    assert [p.name for p in tmp_path.iterdir()] == ["dashboard.pdf"]


def test_a_failed_pdf_leaves_the_old_file_and_no_half_written_one(tmp_path):
    target = tmp_path / "dashboard.pdf"
    target.write_bytes(b"%PDF old")

    def broken(_chart):
        raise RuntimeError("translations went away")

    with pytest.raises(RuntimeError):
        write_dashboard_pdf(target, [chart_of(BAR)], broken, Theme.light(), "t", "s")
    assert target.read_bytes() == b"%PDF old"
    assert [p.name for p in tmp_path.iterdir()] == ["dashboard.pdf"]


def test_cli_writes_the_dashboard_of_a_demo_store(tmp_path, capsys):
    from crm_desktop.cli.main import main

    db, out = tmp_path / "crm.db", tmp_path / "dashboard.pdf"
    assert main(["--db", str(db), "demo", "--customers", "300"]) == 0
    assert main(["--db", str(db), "report", "dashboard", str(out), "--from", "2025-01-01"]) == 0
    assert '"pages": 8' in capsys.readouterr().out
    assert pdf_pages(out.read_bytes()) == 8  # the cover and 14 charts, two a page


def test_cli_rejects_an_unknown_owner_and_a_bad_date(tmp_path, capsys):
    from crm_desktop.cli.main import main

    db, out = tmp_path / "crm.db", tmp_path / "dashboard.pdf"
    assert main(["--db", str(db), "report", "dashboard", str(out), "--owner", "nobody"]) == 2
    assert "No user 'nobody'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(db), "report", "dashboard", str(out), "--to", "31.03.2026"])
    assert exit_.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert not out.exists()


def test_units_of_scores_keep_their_scale():
    chart = ChartData("sla_compliance", BAR_LINE, MONTHS, MONTHS, (
        Series("sla_met", (90.0, 85, NAN, 97, 88), PERCENT), Series("satisfaction", (4.2, 4.5, NAN, 3.9, 4.0), SCORE,
                                                                    True)))
    figure, _ = drawn(chart)
    assert figure.axes[0].get_ylim() == (0, 100)
    assert {"100 %", "0", "1", "5"} <= set(shown_texts(figure))  # satisfaction 0-5 on the right
    line = figure.axes[0].get_lines()[0]
    assert line.get_ydata()[0] == pytest.approx(4.2 * 20)  # 4.2 of 5 drawn at 84 of 100

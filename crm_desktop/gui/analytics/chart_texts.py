"""The words of a dashboard chart in the user's language: titles, series, category codes, month names."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from crm_desktop.charts.texts import ChartTexts
from crm_desktop.domain.analytics.dashboard import ChartData
from crm_desktop.domain.sales.loss_reasons import OTHER
from crm_desktop.gui.common.labels import KIND, SOURCE, label

# Loss reasons are named by the list (data), but for the rep's own words.
LOSS_REASON = {OTHER: QT_TRANSLATE_NOOP("Labels", "Other")}
# The label tables a chart's category_labels / series_labels name; levels ("A", "B" …) show as they are.
_TABLES = {"source": SOURCE, "activity_kind": KIND, "loss_reason": LOSS_REASON}


def charts_text(text: str) -> str:
    """An English source text of the "Charts" context (marked in crm_desktop/domain and charts)."""
    return QCoreApplication.translate("Charts", text)


def code_label(table: str, code: str) -> str:
    found = _TABLES.get(table)
    return label(found, code) if found is not None else code


def month_names() -> tuple[str, ...]:
    """Short month names of the UI language ("Mar", "3月")."""
    locale = QLocale()
    return tuple(locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13))


def chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def chart_texts(chart: ChartData) -> ChartTexts:
    """Every text of `chart`; Chinese writes money in 万 and 亿."""
    return ChartTexts.translated(chart, charts_text, code_label, month_names(), myriads=chinese())


def report_title() -> str:
    return QCoreApplication.translate("Charts", "Sales and service dashboard")


def install_headless(language: str) -> str:
    """The window's translations for a command-line report: a QCoreApplication only, no window."""
    from crm_desktop.gui.shell.translation import install_translators

    app = QCoreApplication.instance() or QCoreApplication([])
    return install_translators(app, language)

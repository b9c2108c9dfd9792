"""Sales report: confirmed orders and their revenue by order month and by owner, with an xlsx export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crm_desktop.domain.common import money
from crm_desktop.gui.sales.forecast_page import INT, MONEY, MONTH, TEXT, ReportPage, ReportTableModel

if TYPE_CHECKING:
    from crm_desktop.controllers.shell.app import CrmApp
    from crm_desktop.gui.shell.jobs import JobRunner


class SalesReportPage(ReportPage):
    def __init__(self, crm: CrmApp, jobs: JobRunner, parent=None) -> None:
        super().__init__(crm, jobs, parent)
        figures, kinds = [self.tr("Orders"), self.tr("Revenue")], [INT, MONEY]
        self.month_model = ReportTableModel([self.tr("Month"), *figures], [MONTH, *kinds], self.currency, self)
        self.owner_model = ReportTableModel([self.tr("Owner"), *figures], [TEXT, *kinds], self.currency, self)
        self.month_table = self.add_table(self.tr("By order month"), self.month_model)
        self.owner_table = self.add_table(self.tr("By owner"), self.owner_model)
        self.note_label.setToolTip(self.tr("Confirmed, shipped and paid orders; drafts, quotes and cancelled "
                                           "orders do not count."))

    def load(self, owner_id, team):
        return self.reports.sales_report(owner_id, team)

    def show_figures(self, report) -> None:
        orders = sum(n for _, n, _ in report.by_month)
        revenue = sum((total for _, _, total in report.by_month), money.round_money(money.ZERO, self.currency))
        totals = (self.tr("Total"), orders, revenue)
        self.month_model.set_rows(report.by_month, totals)
        self.owner_model.set_rows([(name or self.tr("No owner"), n, total) for name, n, total in report.by_owner],
                                  totals)
        self.status_label.setText(self.tr("%n order(s) in the report.", "", orders))

    def file_stem(self) -> str:
        return self.tr("sales-report")

    def write(self, path, owner_id, team, labels):
        return self.reports.export_sales_report(path, owner_id, team, labels)

"""The sales module in the window: its five pages, the Sales menu, and opening a deal or an order."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from crm_desktop.domain.common.changes import SETTINGS, STAGE, Changes
from crm_desktop.gui.shell.change_bus import refresh_on
from crm_desktop.gui.shell.pages import register_commands, register_page


def _announce_saved(shell, page, signal, entity: str) -> None:
    signal.connect(lambda record_id: shell.announce(Changes.of(entity, record_id), page))


def _pipeline(shell):
    from crm_desktop.gui.sales.pipeline_page import PipelinePage

    page = PipelinePage(shell.crm, shell.jobs, shell.undo_stack, shell.prefs)
    page.sig_open_record.connect(shell.open_record)
    _announce_saved(shell, page, page.sig_deal_saved, "opportunity")
    refresh_on(shell.bus, page, "opportunity", STAGE, SETTINGS)  # the settings hold the stale-deal days and stages
    return page


def _orders(shell):
    from crm_desktop.gui.sales.orders_page import OrdersPage

    page = OrdersPage(shell.crm, shell.jobs)
    _announce_saved(shell, page, page.sig_document_saved, "order")
    refresh_on(shell.bus, page, "order", "product")
    return page


def _products(shell):
    from crm_desktop.gui.sales.products_page import ProductsPage

    page = ProductsPage(shell.crm, shell.jobs)
    _announce_saved(shell, page, page.sig_product_saved, "product")
    refresh_on(shell.bus, page, "product", "order")  # an order takes stock
    return page


def _forecast(shell):
    from crm_desktop.gui.sales.forecast_page import ForecastPage

    page = ForecastPage(shell.crm, shell.jobs)
    refresh_on(shell.bus, page, "opportunity", "order", STAGE)
    return page


def _report(shell):
    from crm_desktop.gui.sales.report_page import SalesReportPage

    page = SalesReportPage(shell.crm, shell.jobs)
    refresh_on(shell.bus, page, "opportunity", "order", STAGE)
    return page


class SalesCommands(QObject):
    def __init__(self, shell) -> None:
        super().__init__(shell)
        self.shell = shell
        shell.add_menu("sales", self.tr("&Sales"), 20)
        self.new_deal_action = shell.add_action(self.tr("New &deal…"), self.new_deal, "Ctrl+Shift+D", "sales", 10)
        shell.add_action(self.tr("New &quote…"), lambda: self.new_document("quote"), None, "sales", 10)
        shell.add_action(self.tr("New sales &order…"), lambda: self.new_document("order"), None, "sales", 10)
        shell.add_action(self.tr("Pipeline &stages…"), self.edit_stages, None, "sales", 20)
        shell.add_action(self.tr("&Loss reasons…"), self.edit_loss_reasons, None, "sales", 20)
        shell.handle_open(("opportunity",), lambda _entity, deal_id: shell.page("pipeline").edit_opportunity(deal_id))
        shell.handle_open(("order",), self.open_order)
        shell.handle_new("opportunity", lambda **customer: shell.page("pipeline").new_opportunity(**customer))

    def new_deal(self) -> None:
        self.shell.show_page("pipeline").new_opportunity()

    def new_document(self, kind: str) -> None:
        """A quote or an order, for the account shown on the customers page if one is."""
        account_id = self.shell.commands("customers").shown_account_id()
        self.shell.show_page("orders").new_document(kind, account_id)

    def open_order(self, _entity: str, order_id: str) -> None:
        self.shell.show_page("orders").open_document(order_id)

    def edit_stages(self) -> None:
        from crm_desktop.gui.sales.stages_dialog import StagesDialog

        if StagesDialog(self.shell.crm.sales, self.shell.jobs, self.shell).exec():
            self.shell.announce(Changes.of(STAGE))

    def edit_loss_reasons(self) -> None:
        from crm_desktop.gui.sales.loss_reasons_dialog import LossReasonsDialog

        if LossReasonsDialog(self.shell.crm.sales, self.shell.jobs, self.shell).exec():
            self.shell.announce(Changes.of("loss_reason"))


register_page("pipeline", QT_TRANSLATE_NOOP("Navigation", "Pipeline"), 30, _pipeline)
register_page("orders", QT_TRANSLATE_NOOP("Navigation", "Quotes and orders"), 40, _orders)
register_page("products", QT_TRANSLATE_NOOP("Navigation", "Products"), 50, _products)
register_page("forecast", QT_TRANSLATE_NOOP("Navigation", "Forecast"), 60, _forecast)
register_page("sales_report", QT_TRANSLATE_NOOP("Navigation", "Sales report"), 70, _report)
register_commands("sales", 30, SalesCommands)

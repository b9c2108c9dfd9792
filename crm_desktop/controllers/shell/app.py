"""The application's controllers over one open store, handed to the GUI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from crm_desktop.controllers.activities.controller import ActivitiesController
from crm_desktop.controllers.analytics.controller import AnalyticsController
from crm_desktop.controllers.attachments.controller import AttachmentsController
from crm_desktop.controllers.calendar.controller import CalendarController
from crm_desktop.controllers.cards.controller import CardsController
from crm_desktop.controllers.checkins.controller import CheckInsController
from crm_desktop.controllers.customers.controller import CustomersController
from crm_desktop.controllers.customers.search import SearchController
from crm_desktop.controllers.exchange.exports import ExportController
from crm_desktop.controllers.exchange.imports import ImportController
from crm_desktop.controllers.marketing.controller import MarketingController
from crm_desktop.controllers.marketing.email_outbox import EmailController
from crm_desktop.controllers.reminders.controller import RemindersController
from crm_desktop.controllers.route.controller import RouteController
from crm_desktop.controllers.sales.controller import SalesController
from crm_desktop.controllers.sales.orders import OrdersController
from crm_desktop.controllers.sales.products import ProductsController
from crm_desktop.controllers.sales.reports import SalesReportsController
from crm_desktop.controllers.security.audit import AuditController
from crm_desktop.controllers.security.controller import SecurityController
from crm_desktop.controllers.security.store_keys import AskFn, FileKind, file_kind, key_to_open
from crm_desktop.controllers.service.controller import ServiceController
from crm_desktop.controllers.sync.controller import SyncController
from crm_desktop.store.cipher import StoreKey
from crm_desktop.store.database import OpenProblem, Store, StoreOpenError, open_store

# What callers may catch and show when opening fails (they never import the store).
__all__ = ["CrmApp", "OpenProblem", "StoreOpenError"]


@dataclass
class CrmApp:
    store: Store
    customers: CustomersController
    activities: ActivitiesController
    search: SearchController
    imports: ImportController
    exports: ExportController
    sales: SalesController
    products: ProductsController
    orders: OrdersController
    reports: SalesReportsController
    service: ServiceController
    analytics: AnalyticsController
    sync: SyncController
    marketing: MarketingController
    email: EmailController
    security: SecurityController
    audit: AuditController
    calendar: CalendarController
    checkins: CheckInsController
    reminders: RemindersController
    route: RouteController
    attachments: AttachmentsController

    @classmethod
    def open_secure(cls, db_path: Path, ask: AskFn, plain_new: bool = False, **options) -> CrmApp:
        """Open as a user does: an encrypted store with its key from the keyring or what `ask` gets
        from the user; a new store is made encrypted unless `plain_new`. Raises StoreOpenError, or
        UnlockCancelledError when the user gives no passphrase. A plain store the user asked for (`plain_new`,
        or their answer for a new one) remembers that choice: it is not offered encryption at every start."""
        new = file_kind(db_path) is FileKind.MISSING
        key = key_to_open(db_path, ask, plain_new)
        app = cls.open(db_path, key=key, **options)
        if key is None and (new or plain_new) and not app.security.kept_plain():
            app.security.keep_plain()  # once: opening a store must not write to it every time
        return app

    @classmethod
    def open(cls, db_path: Path, phone_region: str = "CN", language: str = "en",
             sla_policy: Path | None = None, key: StoreKey | None = None) -> CrmApp:
        """Open the store (raises StoreOpenError with a reason the caller can show). `sla_policy`:
        the service desk's SLA file instead of the shipped one (read when first needed). `key`: the
        store's SQLCipher key (None: a plain file, or a new plain one)."""
        store = open_store(db_path, key)
        service = ServiceController(store, sla_policy)
        return cls(
            store=store,
            customers=CustomersController(store, phone_region),
            activities=ActivitiesController(store),
            search=SearchController(store),
            imports=ImportController(store, phone_region),
            exports=ExportController(store, phone_region),
            sales=SalesController(store, language),
            products=ProductsController(store),
            orders=OrdersController(store),
            reports=SalesReportsController(store),
            service=service,
            analytics=AnalyticsController(store, language=language),
            sync=SyncController(store, policy=lambda: service.policy),
            marketing=MarketingController(store),
            email=EmailController(store),
            security=SecurityController(store),
            audit=AuditController(store),
            calendar=CalendarController(store),
            checkins=CheckInsController(store),
            reminders=RemindersController(store),
            route=RouteController(store),
            attachments=AttachmentsController(store),
        )

    def __post_init__(self) -> None:
        self.checkins.attachments = self.attachments  # a check-in's photo is kept as an attachment of its visit

    @cached_property
    def cards(self) -> CardsController:
        """Business cards: built on first use (the OCR models load when the first card is read)."""
        return CardsController(self.store, self.customers, lambda: self.attachments)

    @property
    def db_path(self) -> Path:
        return self.store.path

    def is_empty(self) -> bool:
        return not self.customers.has_any()

    def load_demo(self, customers: int, state=None, seed: int = 1) -> dict[str, int]:
        from crm_desktop.controllers.demo.generator import DemoGenerator

        return DemoGenerator(self.store, seed, self.sales.language, self.service.policy).run(customers, state)

    def demo_counts(self) -> dict[str, int]:
        """Demo rows per table (empty: no demo data to delete)."""
        from crm_desktop.controllers.demo.removal import DemoRemover

        return DemoRemover(self.store).counts()

    def delete_demo(self, state=None):
        """Delete all demo data (controllers/demo/removal.py); returns a DemoRemoved."""
        from crm_desktop.controllers.demo.removal import DemoRemover

        return DemoRemover(self.store).delete(state)

    def close(self) -> None:
        self.attachments.close()  # the plaintext copies opened with other applications
        self.store.close()


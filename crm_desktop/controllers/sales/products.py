"""Products controller: the catalogue, the searchable picker, stock receipts and adjustments."""

from __future__ import annotations

from decimal import Decimal

from crm_desktop.domain.common import money
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from crm_desktop.domain.sales.entities import ProductData, ProductInput
from crm_desktop.domain.sales.rules import clean_product
from crm_desktop.store.database import Store
from crm_desktop.store.models import Product
from crm_desktop.store.unit_of_work import UnitOfWork

DUPLICATE_SKU = QT_TRANSLATE_NOOP("Validation", "Another product already has this SKU.")
STOCK_BELOW_RESERVED = QT_TRANSLATE_NOOP("Validation", "Stock cannot fall below what confirmed orders reserve.")
STOCK_REASON = QT_TRANSLATE_NOOP("Validation", "Say why the stock changes (a delivery, a stocktake, a write-off).")


def product_data(p: Product) -> ProductData:
    return ProductData(p.id, p.sku, p.name, p.unit or "", p.list_price, p.currency, p.stock_on_hand,
                       p.stock_reserved, bool(p.active))


class ProductsController:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self.store)

    def get(self, product_id: str) -> ProductData:
        with self._uow() as uow:
            p = uow.products.get(product_id, include_deleted=True)
            if p is None:
                raise NotFoundError(product_id)
            return product_data(p)

    def find(self, text: str | None = None, active_only: bool = True, limit: int = 50) -> list[ProductData]:
        """Products whose SKU, name or the name's pinyin (full or initials) hold every typed word."""
        with self._uow() as uow:
            return [product_data(p) for p in uow.products.find(text, active_only, limit)]

    def create(self, data: ProductInput) -> ProductData:
        values = clean_product(data)
        with self._uow() as uow:
            self._check_sku(uow, values["sku"], None)
            product = Product(**values)
            uow.products.add(product)
            uow.commit()
            return product_data(product)

    def update(self, product_id: str, data: ProductInput) -> ProductData:
        """Edit the catalogue fields; stock on hand changes only through `adjust_stock`."""
        values = clean_product(data)
        values.pop("stock_on_hand")
        with self._uow() as uow:
            product = uow.products.get(product_id)
            if product is None:
                raise NotFoundError(product_id)
            self._check_sku(uow, values["sku"], product_id)
            for name, value in values.items():
                setattr(product, name, value)
            uow.commit()
            return product_data(product)

    def adjust_stock(self, product_id: str, delta: Decimal | str, reason: str) -> ProductData:
        """Goods received (+) or written off (-), with the reason the server keeps beside the change
        (only managers and admins adjust stock there); an increment, so concurrent changes add up."""
        change = money.parse_decimal(delta, "stock_delta", allow_negative=True, scale=money.QUANTITY_SCALE)
        reason = " ".join((reason or "").split())
        if not reason:
            raise ValidationError({"stock_reason": STOCK_REASON})
        with self._uow() as uow:
            product = uow.products.get(product_id)
            if product is None:
                raise NotFoundError(product_id)
            if not change:
                return product_data(product)
            if product.stock_on_hand + change < product.stock_reserved:
                raise ValidationError({"stock_delta": STOCK_BELOW_RESERVED})
            uow.products.increment(product, {"kind": "adjust", "reason": reason[:200]}, stock_on_hand=change)
            uow.commit()
            return product_data(product)

    def set_active(self, product_id: str, active: bool) -> None:
        with self._uow() as uow:
            product = uow.products.get(product_id)
            if product is None:
                raise NotFoundError(product_id)
            product.active = active
            uow.commit()

    @staticmethod
    def _check_sku(uow: UnitOfWork, sku: str, exclude_id: str | None) -> None:
        if uow.products.by_sku(sku, exclude_id) is not None:
            raise ValidationError({"sku": DUPLICATE_SKU})

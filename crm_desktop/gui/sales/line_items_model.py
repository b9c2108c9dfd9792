"""Table model of the product lines of a quote, order or deal: typed text kept, totals live."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from crm_desktop.domain.common import money
from crm_desktop.domain.common.validation import TR_CONTEXT, FieldError
from crm_desktop.domain.sales.entities import LineData, LineInput, ProductData
from crm_desktop.domain.sales.rules import MIXED_CURRENCY
from crm_desktop.gui.common.labels import translate_message
from crm_desktop.gui.common.money_text import money_text, percent_text, quantity_text

PRODUCT, QUANTITY, UNIT, PRICE, DISCOUNT, TOTAL = range(6)
FIELDS = ("product_id", "quantity", None, "unit_price", "discount_pct", None)
_TITLES = (
    QT_TRANSLATE_NOOP("LineItemsModel", "Product"), QT_TRANSLATE_NOOP("LineItemsModel", "Quantity"),
    QT_TRANSLATE_NOOP("LineItemsModel", "Unit"), QT_TRANSLATE_NOOP("LineItemsModel", "Unit price"),
    QT_TRANSLATE_NOOP("LineItemsModel", "Discount %"), QT_TRANSLATE_NOOP("LineItemsModel", "Line total"),
)
ERROR_BRUSH = QBrush(QColor("#f8d7da"))


def plain(number: Decimal) -> str:
    """1299.5000 as "1299.5" and 860.0000 as "860" (never "8.6E+2"): what a person would type."""
    return format(number.normalize(), "f")


@dataclass
class Line:
    """One row as typed: numbers stay text until they parse, so a typo is shown, not lost."""

    product_id: str = ""
    sku: str = ""
    name: str = ""
    unit: str = ""
    quantity: str = "1"
    unit_price: str = ""
    discount: str = "0"
    errors: dict[str, str] = field(default_factory=dict)  # field -> message from the controller

    def value(self, name: str) -> Decimal | None:
        """The parsed quantity / unit_price / discount_pct, or None while it is refused or empty."""
        try:
            if name == "quantity":
                return money.parse_quantity(self.quantity)
            if name == "unit_price":
                return money.parse_decimal(self.unit_price, name)
            return money.parse_discount(self.discount)
        except FieldError:
            return None

    def problems(self) -> dict[str, str]:
        found = dict(self.errors)
        for name, check in (("quantity", lambda: money.parse_quantity(self.quantity)),
                            ("unit_price", lambda: money.parse_decimal(self.unit_price, "unit_price")),
                            ("discount_pct", lambda: money.parse_discount(self.discount))):
            try:
                check()
            except FieldError as error:
                found[name] = error.message
        return found

    def amounts(self) -> tuple[Decimal, Decimal, Decimal] | None:
        values = tuple(self.value(name) for name in ("quantity", "unit_price", "discount_pct"))
        if not self.product_id or None in values:
            return None
        return values


class LineItemsModel(QAbstractTableModel):
    def __init__(self, currency: str, parent=None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.lines: list[Line] = []
        self.read_only = False

    # --- state -------------------------------------------------------------------------

    def set_lines(self, lines: tuple[LineData, ...]) -> None:
        self.beginResetModel()
        self.lines = [Line(x.product_id, x.sku, x.product_name, x.unit, plain(x.quantity), plain(x.unit_price),
                           plain(x.discount_pct)) for x in lines]
        self.endResetModel()

    def set_currency(self, currency: str) -> None:
        self.currency = currency
        if self.lines:
            self.dataChanged.emit(self.index(0, PRICE), self.index(len(self.lines) - 1, TOTAL))

    def add_line(self) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(Line())
        self.endInsertRows()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()

    def set_product(self, row: int, product: ProductData | None) -> None:
        line = self.lines[row]
        if product is None:
            line.product_id = line.sku = line.name = line.unit = ""
        else:
            line.product_id, line.sku, line.name, line.unit = product.id, product.sku, product.name, product.unit
            line.errors.pop("product_id", None)
            line.errors.pop("unit_price", None)
            if product.currency == self.currency:
                line.unit_price = plain(product.list_price)
            else:
                line.unit_price = ""
                line.errors["unit_price"] = MIXED_CURRENCY
        self.dataChanged.emit(self.index(row, 0), self.index(row, TOTAL))

    def line_inputs(self) -> tuple[LineInput, ...]:
        return tuple(LineInput(x.product_id, x.quantity, x.unit_price.strip() or None, x.discount.strip() or "0")
                     for x in self.lines)

    def totals(self) -> money.Totals:
        amounts = [a for a in (x.amounts() for x in self.lines) if a is not None]
        return money.document_totals(amounts, self.currency)

    def set_errors(self, errors: dict[str, str]) -> None:
        """Controller errors keyed "lines.<row>.<field>"; earlier ones are dropped."""
        for line in self.lines:
            line.errors.clear()
        for key, message in errors.items():
            parts = key.split(".")
            if len(parts) == 3 and parts[0] == "lines" and parts[1].isdigit() and int(parts[1]) < len(self.lines):
                self.lines[int(parts[1])].errors[parts[2]] = message
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, TOTAL))

    def problem(self, row: int, column: int) -> str | None:
        """The untranslated message of the cell, if its value is refused."""
        name = FIELDS[column]
        return self.lines[row].problems().get(name) if name else None

    # --- Qt model interface ------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(_TITLES):
            return self.tr(_TITLES[section])
        return section + 1 if orientation == Qt.Orientation.Vertical else None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only or index.column() in (UNIT, TOTAL):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line, column = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.EditRole:
            return (line.product_id, line.quantity, line.unit, line.unit_price, line.discount,
                    self._display(line, TOTAL))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (QUANTITY, PRICE, DISCOUNT, TOTAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        problem = self.problem(index.row(), column)
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return ERROR_BRUSH
        if role == Qt.ItemDataRole.DecorationRole and problem:
            # The icon stays visible when the row is selected and the background is not.
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole and problem:
            return translate_message(TR_CONTEXT, problem)
        if role == Qt.ItemDataRole.FontRole and column == TOTAL:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, line: Line, column: int) -> str:
        if column == PRODUCT:
            return f"{line.sku}  {line.name}" if line.product_id else ""
        if column == UNIT:
            return line.unit
        if column in (QUANTITY, PRICE, DISCOUNT):
            value = line.value(FIELDS[column])
            if value is None:
                return (line.quantity, line.unit_price, line.discount)[(QUANTITY, PRICE, DISCOUNT).index(column)]
            if column == QUANTITY:
                return quantity_text(value)
            return money_text(value, self.currency, symbol=False) if column == PRICE else percent_text(value)
        amounts = line.amounts()
        return money_text(money.line_total(*amounts, self.currency), self.currency) if amounts else ""

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.flags(index) & \
                Qt.ItemFlag.ItemIsEditable:
            return False
        line, column = self.lines[index.row()], index.column()
        if column == PRODUCT:
            if value is not None and not isinstance(value, ProductData):
                return False
            self.set_product(index.row(), value)
            return True
        text = "" if value is None else str(value).strip()
        if column == QUANTITY:
            line.quantity = text
        elif column == PRICE:
            line.unit_price = text
        else:
            line.discount = text.replace("%", "").strip()
        line.errors.pop(FIELDS[column], None)
        self.dataChanged.emit(self.index(index.row(), column), self.index(index.row(), TOTAL))
        return True


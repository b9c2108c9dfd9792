"""A printable A4 quote or sales order as PDF (QTextDocument HTML onto a QPdfWriter), Chinese text included."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from crm_desktop.domain.customers.enums import DocumentKind
from crm_desktop.domain.sales.entities import OrderData
from crm_desktop.gui.common.formats import date_text
from crm_desktop.gui.common.labels import ORDER_STATUS, label
from crm_desktop.gui.common.money_text import money_text, percent_text, quantity_text

# Families tried in order; the first installed one with Chinese glyphs is used for the whole page,
# since a Latin-only default font would print every 中文 character as an empty box.
CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
                "WenQuanYi Micro Hei", "SimSun", "Noto Serif CJK SC")


translate = QCoreApplication.translate
_HEADS = (QT_TRANSLATE_NOOP("OrderPdf", "#"), QT_TRANSLATE_NOOP("OrderPdf", "SKU"),
          QT_TRANSLATE_NOOP("OrderPdf", "Product"), QT_TRANSLATE_NOOP("OrderPdf", "Qty"),
          QT_TRANSLATE_NOOP("OrderPdf", "Unit"), QT_TRANSLATE_NOOP("OrderPdf", "Unit price"),
          QT_TRANSLATE_NOOP("OrderPdf", "Discount"), QT_TRANSLATE_NOOP("OrderPdf", "Amount"))


def cjk_family() -> str | None:
    installed = set(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    for family in CJK_FAMILIES:
        if family in installed:
            return family
    return sorted(installed)[0] if installed else None


def order_html(order: OrderData, company_name: str | None = None) -> str:
    """The page as HTML (a table for the lines, totals below) in the document's currency."""
    c = order.currency
    quote = order.kind == DocumentKind.QUOTE
    title = translate("OrderPdf", "Quotation") if quote else translate("OrderPdf", "Sales order")
    number = escape(order.number)
    if order.number_provisional:
        number += f' <i style="color:#777777;">{escape(translate("OrderPdf", "(provisional)"))}</i>'
    facts = [(translate("OrderPdf", "Number"), number),
             (translate("OrderPdf", "Date"), escape(date_text(order.order_date))),
             (translate("OrderPdf", "Status"), escape(label(ORDER_STATUS, order.status)))]
    if order.kind == DocumentKind.QUOTE and order.valid_until:
        facts.append((translate("OrderPdf", "Valid until"), escape(date_text(order.valid_until))))
    if order.owner_name:
        facts.append((translate("OrderPdf", "Sales rep"), escape(order.owner_name)))
    fact_rows = "".join(f'<tr><td style="color:#555555;">{escape(k)}</td><td>{v}</td></tr>' for k, v in facts)
    heads = [translate("OrderPdf", h) for h in _HEADS]
    right = {0, 3, 5, 6, 7}
    head_cells = "".join(f'<th align="{"right" if i in right else "left"}">{escape(h)}</th>'
                         for i, h in enumerate(heads))
    rows = []
    for n, x in enumerate(order.lines, 1):
        cells = (str(n), x.sku, x.product_name, quantity_text(x.quantity), x.unit,
                 money_text(x.unit_price, c, symbol=False), percent_text(x.discount_pct) if x.discount_pct else "",
                 money_text(x.line_total, c, symbol=False))
        rows.append("<tr>" + "".join(f'<td align="{"right" if i in right else "left"}">{escape(v)}</td>'
                                     for i, v in enumerate(cells)) + "</tr>")
    totals = [(translate("OrderPdf", "Subtotal"), money_text(order.subtotal, c))]
    if order.discount:
        totals.append((translate("OrderPdf", "Discount"), "-" + money_text(order.discount, c)))
    total_rows = "".join(f'<tr><td align="right">{escape(k)}</td><td align="right">{escape(v)}</td></tr>'
                         for k, v in totals)
    total_rows += (f'<tr><td align="right"><b>{escape(translate("OrderPdf", "Total"))} ({escape(c)})</b></td>'
                   f'<td align="right"><b>{escape(money_text(order.total, c))}</b></td></tr>')
    notes_title = escape(translate("OrderPdf", "Notes"))
    notes = (f'<p><b>{notes_title}</b><br/>{escape(order.notes).replace(chr(10), "<br/>")}</p>'
             if order.notes else "")
    provisional = translate("OrderPdf", "The number is provisional until the document is synchronised with the server.")
    footer = f'<p style="color:#777777; font-size:8pt;">{escape(provisional)}</p>' if order.number_provisional else ""
    company = f'<p style="font-size:14pt;"><b>{escape(company_name)}</b></p>' if company_name else ""
    return f"""<html><body>
{company}
<table width="100%" cellspacing="0" cellpadding="0"><tr>
<td valign="top"><p style="font-size:20pt;"><b>{escape(title)}</b></p>
<p style="color:#555555;">{escape(translate("OrderPdf", "Customer"))}</p>
<p style="font-size:12pt;"><b>{escape(order.account_name)}</b></p></td>
<td valign="top" align="right"><table cellspacing="0" cellpadding="3">{fact_rows}</table></td>
</tr></table>
<p></p>
<table width="100%" cellspacing="0" cellpadding="5" border="1" style="border-collapse:collapse; border-color:#999999;">
<thead><tr style="background-color:#eeeeee;">{head_cells}</tr></thead>
{"".join(rows)}
</table>
<table width="100%" cellspacing="0" cellpadding="3"><tr><td width="55%"></td><td>
<table width="100%" cellspacing="0" cellpadding="3">{total_rows}</table></td></tr></table>
{notes}
{footer}
</body></html>"""


def write_order_pdf(order: OrderData, path, company_name: str | None = None) -> Path:
    """Write an A4 PDF of the document to `path` (fast enough for the GUI thread)."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(order.number)
    writer.setCreator("CRM Desktop")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    font = QFont()
    family = cjk_family()
    if family:
        font.setFamilies([family])
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setHtml(order_html(order, company_name))
    document.print_(writer)
    return path

"""Sales on the wire: pipeline stages, loss reasons, products, opportunities and orders (quotes too), with lines."""

from __future__ import annotations

from crm_protocol.fields import day, decimal, flag, integer, moment, synced_entity, text

PIPELINE_STAGE = synced_entity(
    "pipeline_stage",
    text("name", 60, required=True),
    integer("position", required=True),
    integer("probability", required=True),
    flag("is_won"),
    flag("is_lost"),
    text("key", 30),
)
# Why deals are lost, from a list the admin keeps (crm_protocol/shipped_loss_reasons.py ships the first one);
# a lost deal names one by `code` in `lost_reason_code` ("other": the rep's own words in `lost_reason`).
LOSS_REASON = synced_entity(
    "loss_reason",
    text("code", 40, required=True),
    text("name", 60, required=True),
    integer("position", required=True),
)
PRODUCT = synced_entity(
    "product",
    text("sku", 40, required=True),
    text("name", 200, required=True),
    text("unit", 20, null=False),
    decimal("list_price", 4, null=False),
    text("currency", 3, null=False),
    decimal("stock_on_hand", 3, null=False),
    decimal("stock_reserved", 3, null=False),
    flag("active"),
    increments=["stock_reserved", "stock_on_hand"],
)
OPPORTUNITY = synced_entity(
    "opportunity",
    text("name", 200, required=True),
    text("account_id", 36),
    text("contact_id", 36),
    text("stage_id", 36, required=True),
    decimal("amount", 2, null=False),
    text("currency", 3, null=False),
    integer("probability", null=False),
    flag("probability_manual"),
    day("expected_close"),
    text("status", 8, null=False),
    text("lost_reason", 200),
    text("lost_reason_code", 40),
    text("source", 16),
    text("campaign_id", 36),
    text("notes"),
    moment("closed_at"),
    moment("last_activity_at"),
    guarded=["amount", "stage_id", "status", "expected_close", "owner_id"],
)
OPPORTUNITY_LINE = synced_entity(
    "opportunity_line",
    text("opportunity_id", 36, required=True),
    text("product_id", 36, required=True),
    decimal("quantity", 3, required=True),
    decimal("unit_price", 4, required=True),
    decimal("discount_pct", 2, null=False),
    integer("position", null=False),
)
SALES_ORDER = synced_entity(
    "sales_order",
    text("kind", 8, required=True),
    text("number", 30, required=True),
    flag("number_provisional"),
    text("status", 12, null=False),
    text("account_id", 36, required=True),
    text("opportunity_id", 36),
    text("quote_id", 36),
    text("currency", 3, null=False),
    day("order_date", required=True),
    day("valid_until"),
    text("notes"),
    decimal("subtotal", 2, null=False),
    decimal("discount", 2, null=False),
    decimal("total", 2, null=False),
    moment("confirmed_at"),
    moment("shipped_at"),
    moment("paid_at"),
    moment("cancelled_at"),
    guarded=["status"],
)
SALES_ORDER_LINE = synced_entity(
    "sales_order_line",
    text("order_id", 36, required=True),
    text("product_id", 36, required=True),
    text("sku", 40, required=True),
    text("product_name", 200, required=True),
    text("unit", 20, null=False),
    decimal("quantity", 3, required=True),
    decimal("unit_price", 4, required=True),
    decimal("discount_pct", 2, null=False),
    decimal("line_total", 2, required=True),
    integer("position", null=False),
    guarded=["product_id", "quantity", "unit_price", "discount_pct", "line_total"],
)

SALES = (PIPELINE_STAGE, LOSS_REASON, PRODUCT, OPPORTUNITY, OPPORTUNITY_LINE, SALES_ORDER, SALES_ORDER_LINE)

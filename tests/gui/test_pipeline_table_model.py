"""The lazy deal table: model contract, SQL sorting by the mapped keys, status and text filters."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt

from crm_desktop.domain.customers.entities import AccountInput
from crm_desktop.domain.sales.entities import OpportunityInput, PipelineFilter
from crm_desktop.gui.sales.pipeline_table_model import COLUMNS, PipelineTableModel
from tests.gui.conftest import settle


def make_deals(crm, count=12):
    stages = crm.sales.stages()
    open_stages = [s for s in stages if s.is_open]
    won = next(s for s in stages if s.is_won)
    account = crm.customers.create_account(AccountInput(name="上海华东机电"))
    ids = []
    for i in range(count):
        deal = crm.sales.create(OpportunityInput(
            name=f"Deal {i:02d}", account_id=account.id if i % 2 else None,
            stage_id=open_stages[i % len(open_stages)].id, amount=Decimal(1000 + 250 * ((i * 7) % count)),
            expected_close=date(2030, 1 + i % 12, 1) if i % 3 else None))
        ids.append(deal.id)
    crm.sales.move_stage(ids[0], won.id)
    crm.sales.move_stage(ids[1], next(s for s in stages if s.is_lost).id, "Budget cut")
    return ids


def column_of(title):
    return next(i for i, c in enumerate(COLUMNS) if c.title == title)


def texts(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def loaded(qtbot, jobs, model):
    """The model once its count and every page of its rows came from the database thread."""
    qtbot.waitUntil(lambda: not model.loading)
    for row in range(model.rowCount()):
        model._row(row)  # asks for the pages not read yet
    settle(qtbot, jobs)
    return model


def test_model_passes_the_model_tester(qtmodeltester, qtbot, crm, jobs, monkeypatch):
    monkeypatch.setattr(PipelineTableModel, "page_size", 5)  # several pages, a partial last one
    make_deals(crm)
    model = PipelineTableModel(crm.sales, jobs)
    qtbot.waitUntil(lambda: not model.loading)
    qtmodeltester.check(model, force_py=True)  # with pages on their way: their arrival is checked too
    settle(qtbot, jobs)
    model.set_status(None)
    loaded(qtbot, jobs, model)
    qtmodeltester.check(model, force_py=True)


def test_sortable_columns_map_to_sql_sort_keys(qtbot, crm, jobs):
    make_deals(crm)
    model = loaded(qtbot, jobs, PipelineTableModel(crm.sales, jobs))
    assert model.rowCount() == 10  # open deals only
    amount = column_of("Amount")
    model.sort(amount, Qt.SortOrder.DescendingOrder)
    loaded(qtbot, jobs, model)
    values = [model._row(r)[3] for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True)
    assert model.index(0, amount).data().startswith("¥")
    assert model.index(0, amount).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    model.sort(column_of("Name"), Qt.SortOrder.AscendingOrder)
    loaded(qtbot, jobs, model)
    assert texts(model, column_of("Name")) == sorted(texts(model, column_of("Name")))
    before = texts(model, 0)
    model.sort(column_of("Account"), Qt.SortOrder.DescendingOrder)  # no index: ignored
    assert not model.loading
    assert texts(model, 0) == before
    assert [c.sort_key for c in COLUMNS if c.sort_key] == ["name", "amount", "probability", "expected_close"]


def test_status_and_filter(qtbot, crm, jobs):
    ids = make_deals(crm)
    model = PipelineTableModel(crm.sales, jobs)
    model.set_status("won")
    loaded(qtbot, jobs, model)
    assert [model.record_id(r) for r in range(model.rowCount())] == [ids[0]]
    assert model.index(0, column_of("Status")).data() == "Won"
    model.set_status("lost")
    loaded(qtbot, jobs, model)
    assert texts(model, column_of("Probability")) == ["0 %"]
    model.set_status(None)
    loaded(qtbot, jobs, model)
    assert model.rowCount() == 12
    model.set_filter(PipelineFilter(text="华东"))
    loaded(qtbot, jobs, model)
    assert model.rowCount() == 6
    assert set(texts(model, column_of("Account"))) == {"上海华东机电"}
    assert model.headerData(column_of("Expected close"), Qt.Orientation.Horizontal) == "Expected close"

"""Every item model passes Qt's model tester; the customer list is lazy and sorts in SQL."""

from PySide6.QtCore import Qt

from crm_desktop.domain.customers.entities import ListFilter, ListSort
from crm_desktop.gui.common.list_models import AgendaModel, SearchResultModel, TimelineModel
from crm_desktop.gui.customers.table_model import PAGE_SIZE, RECORD_ID_ROLE, CustomerTableModel


def test_customer_models_pass_the_model_tester(qtmodeltester, demo_crm):
    for entity in ("contact", "account"):
        model = CustomerTableModel(demo_crm.customers, entity)
        qtmodeltester.check(model, force_py=True)


def test_customer_model_pages_lazily_and_jumps_to_the_end(demo_crm):
    model = CustomerTableModel(demo_crm.customers, "contact")
    assert model.rowCount() == 400
    assert model._pages == {}  # nothing read until a row is shown
    last = model.data(model.index(399, 0), RECORD_ID_ROLE)
    assert last and list(model._pages) == [399 // PAGE_SIZE]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0), RECORD_ID_ROLE) == last


def test_unsortable_column_keeps_the_order(demo_crm):
    model = CustomerTableModel(demo_crm.customers, "contact")
    first = model.data(model.index(0, 0))
    title_column = [c.title for c in model.columns].index("Title")
    model.sort(title_column, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, 0)) == first


def test_filter_changes_the_row_count(demo_crm):
    model = CustomerTableModel(demo_crm.customers, "account")
    city = demo_crm.customers.filter_choices()["cities"][0]
    model.set_filter(ListFilter(city=city))
    assert 0 < model.rowCount() < 100
    assert {model.data(model.index(r, 4)) for r in range(model.rowCount())} == {city}


def test_list_models_pass_the_model_tester(qtmodeltester, demo_crm):
    search = SearchResultModel()
    search.set_items(demo_crm.search.search("wang"))
    qtmodeltester.check(search, force_py=True)
    contact_id = demo_crm.customers.page("contact", ListFilter(), ListSort("last_activity", True), 0, 1)[0][0]
    timeline = TimelineModel()
    timeline.set_items(demo_crm.activities.timeline(contact_id=contact_id))
    assert timeline.rowCount() > 0
    qtmodeltester.check(timeline, force_py=True)
    agenda = AgendaModel()
    agenda.set_items(demo_crm.activities.agenda(user_id=None))
    qtmodeltester.check(agenda, force_py=True)

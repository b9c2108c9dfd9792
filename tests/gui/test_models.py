"""Every item model passes Qt's model tester; the customer list is lazy and sorts in SQL."""

from PySide6.QtCore import Qt

from crm_desktop.domain.customers.entities import ListFilter, ListSort
from crm_desktop.gui.activities.agenda_model import AgendaModel
from crm_desktop.gui.common.list_models import SearchResultModel, TimelineModel
from crm_desktop.gui.customers.table_model import PAGE_SIZE, RECORD_ID_ROLE, CustomerTableModel
from tests.gui.conftest import settle


def loaded(qtbot, model: CustomerTableModel) -> CustomerTableModel:
    """The model once its count and first page came from the database thread."""
    qtbot.waitUntil(lambda: not model.loading)
    return model


def test_customer_models_pass_the_model_tester(qtmodeltester, qtbot, demo_crm, jobs):
    for entity in ("contact", "account"):
        model = loaded(qtbot, CustomerTableModel(demo_crm.customers, jobs, entity))
        qtmodeltester.check(model, force_py=True)
        settle(qtbot, jobs)  # the pages the tester asked for arrive, and the model still passes


def test_customer_model_pages_lazily_and_jumps_to_the_end(qtbot, demo_crm, jobs):
    model = loaded(qtbot, CustomerTableModel(demo_crm.customers, jobs, "contact"))
    assert model.rowCount() == 400
    assert list(model._pages) == [0]  # read with the count, for the rows shown first; nothing else yet
    assert model.data(model.index(399, 0), RECORD_ID_ROLE) is None  # asked for, on its way
    settle(qtbot, jobs)
    last = model.data(model.index(399, 0), RECORD_ID_ROLE)
    assert last and list(model._pages) == [0, 399 // PAGE_SIZE]  # the pages between were never read
    model.sort(0, Qt.SortOrder.DescendingOrder)
    loaded(qtbot, model)
    assert model.data(model.index(0, 0), RECORD_ID_ROLE) == last


def test_unsortable_column_keeps_the_order(qtbot, demo_crm, jobs):
    model = loaded(qtbot, CustomerTableModel(demo_crm.customers, jobs, "contact"))
    first = model.data(model.index(0, 0))
    title_column = [c.title for c in model.columns].index("Title")
    model.sort(title_column, Qt.SortOrder.AscendingOrder)
    assert not model.loading  # not sortable: nothing was asked again
    assert model.data(model.index(0, 0)) == first


def test_filter_changes_the_row_count(qtbot, demo_crm, jobs):
    model = loaded(qtbot, CustomerTableModel(demo_crm.customers, jobs, "account"))
    city = demo_crm.customers.filter_choices()["cities"][0]
    model.set_filter(ListFilter(city=city))
    loaded(qtbot, model)
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
    agenda.set_agenda(demo_crm.activities.agenda_view())
    assert agenda.rowCount() > 0
    qtmodeltester.check(agenda, force_py=True)

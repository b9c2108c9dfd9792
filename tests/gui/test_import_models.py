"""The import wizard's and history's item models pass Qt's model tester and show what they should."""

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from crm_desktop.domain.exchange.imports import ImportBatchInfo, PreviewRow, RowAction
from crm_desktop.gui.exchange.import_history_dialog import ImportBatchModel
from crm_desktop.gui.exchange.import_models import MappingModel, PreviewModel, TopRowsModel, column_letter


def test_column_letters_are_the_spreadsheet_ones():
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]


def test_top_rows_highlight_the_header_row(qtmodeltester):
    model = TopRowsModel()
    model.set_rows([["客户名单"], ["姓名", "手机"], ["张伟", "13800138000"]], 1)
    qtmodeltester.check(model, force_py=True)
    assert model.columnCount() == 2
    assert model.index(0, 1).data() == ""
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(2, 0).data(Qt.ItemDataRole.FontRole) is None


def test_mapping_model_edits_the_target_field(qtmodeltester):
    model = MappingModel()
    model.set_columns("contact", ["姓名", "手机", "备注"], [["张伟", "", "李娜"], ["138"], []],
                      ["name", "mobile", None])
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, MappingModel.SAMPLES).data() == "张伟 · 李娜"
    assert model.index(2, MappingModel.TARGET).data() == "Keep as custom field"
    assert model.setData(model.index(2, MappingModel.TARGET), "notes")
    assert model.mapping() == ["name", "mobile", "notes"]
    assert model.index(2, MappingModel.TARGET).data() == "Notes"
    assert not model.setData(model.index(2, MappingModel.COLUMN), "x")


def test_preview_model_shows_rows_in_file_order_with_stored_values(qtmodeltester):
    model = PreviewModel()
    model.set_rows("contact", [
        PreviewRow(5, RowAction.ERROR, {"name": "赵磊", "mobile": "12345"}, "Mobile: not a phone number"),
        PreviewRow(3, RowAction.CREATE, {"id": "x", "name": "张伟", "mobile": "+8613800138000",
                                         "account_id": "a", "account_name": "恒通贸易", "tags": ["展会", "A"]}),
    ])
    qtmodeltester.check(model, force_py=True)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Row", "Action", "Reason", "Name", "Company", "Mobile", "Tags"]
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first == ["3", "New", "", "张伟", "恒通贸易", "138 0013 8000", "展会, A"]
    second = [model.index(1, c).data() for c in range(model.columnCount())]
    assert second == ["5", "Error", "Mobile: not a phone number", "赵磊", "", "12345", ""]


def test_batch_model_lists_newest_first(qtmodeltester):
    def batch(day: int, undone: bool) -> ImportBatchInfo:
        stamp = datetime(2024, 5, day, 8, 0, tzinfo=UTC)
        return ImportBatchInfo(f"b{day}", "contact", f"list{day}.xlsx", stamp, day, 0, 1, 2, 0, None,
                               stamp if undone else None)

    model = ImportBatchModel()
    model.set_batches([batch(1, True), batch(2, False)])
    qtmodeltester.check(model, force_py=True)
    assert [model.index(r, 1).data() for r in range(2)] == ["list2.xlsx", "list1.xlsx"]
    assert model.index(0, 7).data() == ""
    assert model.index(1, 7).data().startswith("Undone ")

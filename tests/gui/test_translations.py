"""English and Simplified Chinese ship complete, compiled and in step with the sources."""

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import settle

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
tools = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tools)


def messages(ts: Path) -> dict[str, ET.Element]:
    return {m.find("source").text: m for m in ET.parse(ts).iter("message")}


def test_every_chinese_message_is_translated():
    found = messages(tools.ts_file("zh_CN"))
    assert len(found) > 150
    untranslated = [s for s, m in found.items() if m.find("translation").get("type") == "unfinished"]
    assert untranslated == []


def test_catalogues_are_in_step_with_the_sources(tmp_path):
    for language in tools.LANGUAGES:
        fresh = tmp_path / f"{language}.ts"
        fresh.write_bytes(tools.ts_file(language).read_bytes())
        tools.lupdate(fresh)
        assert set(messages(fresh)) == set(messages(tools.ts_file(language))), (
            "run tools/update_translations.py")


@pytest.mark.parametrize("language", tools.LANGUAGES)
def test_compiled_catalogues_are_fresh(tmp_path, language):
    compiled = tmp_path / "out.qm"
    tools.lrelease(tools.ts_file(language), compiled)
    assert compiled.read_bytes() == tools.qm_file(language).read_bytes(), "run tools/update_translations.py"


def test_window_speaks_chinese_and_english_plurals(qtbot, crm, prefs, qapp):
    from crm_desktop.domain.customers.entities import ContactInput
    from crm_desktop.gui.shell.main_window import MainWindow
    from crm_desktop.gui.shell.translation import install_translators

    crm.customers.create_contact(ContactInput(name="张伟"))
    try:
        install_translators(qapp, "zh_CN")
        window = MainWindow(crm, prefs)
        qtbot.addWidget(window)
        settle(qtbot, window.jobs)  # the list is counted on the database thread
        assert window.windowTitle() == "外勤 CRM"
        assert window.page("customers").count_label.text() == "1 位联系人"
        assert window.page("customers").model.headerData(0, Qt.Orientation.Horizontal) == "姓名"
        window.shutdown_background()
        install_translators(qapp, "en")
        window = MainWindow(crm, prefs)
        qtbot.addWidget(window)
        settle(qtbot, window.jobs)
        assert window.page("customers").count_label.text() == "1 contact"
        window.shutdown_background()
    finally:
        install_translators(qapp, "en")

"""One name per thing in sales and service, in English and in Chinese: a deal is a "deal" (商机) on every menu,
button and dialog, never an "opportunity"; the pipeline's stages, loss reasons and a ticket's history each
read one way wherever they appear."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from crm_desktop.gui.sales.opportunity_dialog import OpportunityDialog
from crm_desktop.gui.sales.pipeline_page import PipelinePage
from tests.gui.conftest import settle

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
# (what the English source says, the one Chinese name it takes, names it must not take)
GLOSSARY = (
    (r"\bdeals?\b", None, ("机会", "交易")),
    (r"\bpipeline stages?\b", "销售管道阶段", ()),
    (r"\b(loss|lost) reasons?\b", "输单原因", ()),
    (r"\bticket history\b", "工单处理记录", ("工单历史",)),
)


def messages(language: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every message of a catalogue."""
    root = ET.parse(TRANSLATIONS / f"crm_{language}.ts").getroot()
    return [(context.findtext("name"), m.findtext("source"), "".join(m.find("translation").itertext()).strip())
            for context in root.iter("context") for m in context.iter("message")]


def test_no_user_visible_text_calls_a_deal_an_opportunity():
    sources = {(context, source) for context, source, _ in messages("en")}
    assert sorted(s for s in sources if re.search(r"opportunit", s[1], re.IGNORECASE)) == []


@pytest.mark.parametrize(("english", "chinese", "never"), GLOSSARY, ids=lambda v: v if isinstance(v, str) else "")
def test_chinese_names_each_thing_one_way(english, chinese, never):
    found = [(context, source, zh) for context, source, zh in messages("zh_CN")
             if re.search(english, source, re.IGNORECASE)]
    assert found
    assert [m for m in found if chinese and chinese not in m[2]] == []
    assert [m for m in found if any(word in m[2] for word in never)] == []


def test_the_pipeline_and_the_editor_say_deal(qtbot, crm, prefs, jobs):
    page = PipelinePage(crm, jobs, QUndoStack(), prefs)
    qtbot.addWidget(page)
    settle(qtbot, jobs)
    assert page.new_button.text() == "New deal…"
    dialog = OpportunityDialog(crm, jobs)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "New deal"
    settle(qtbot, jobs)

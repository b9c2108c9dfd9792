"""Compiled Designer forms are in step with ui/*.ui (run tools/build_forms.py after editing)."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("build_forms", ROOT / "tools" / "build_forms.py")
build_forms = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_forms)

UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


def test_there_are_forms():
    assert len(UI_FILES) >= 4


def _code(source: str) -> list[str]:
    # The header names the uic version; the code below it is what must match.
    return [line for line in source.splitlines() if not line.startswith("##")]


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_compiled_form_is_fresh(ui_file):
    target = build_forms.target_for(ui_file)
    assert target.exists(), f"{target.name} missing: run tools/build_forms.py"
    assert _code(target.read_text(encoding="utf-8")) == _code(build_forms.compile_form(ui_file)), (
        f"{target.name} is stale: run tools/build_forms.py")

"""Demo data and the scriptable CLI (`--json` prints one JSON document on stdout)."""

import json
import subprocess
import sys

from crm_desktop.domain.customers.entities import ListFilter
from tests.fakes import RecordingState


def crm_cli(*args, db):
    result = subprocess.run([sys.executable, "main.py", "--db", str(db), *args],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_demo_is_realistic_and_searchable(demo_crm):
    c = demo_crm.customers
    assert c.count("contact", ListFilter()) == 400
    assert c.count("account", ListFilter()) == 100
    hits = demo_crm.search.search("zhang")
    assert hits and all("张" in h.name or "章" in h.name or "zhang" in (h.email or "") for h in hits)


def test_cancelled_demo_leaves_the_store_untouched(crm):
    state = RecordingState(cancel_after=1)
    try:
        crm.load_demo(2_000, state)
    except Exception as error:
        assert type(error).__name__ == "TaskCancelledError"
    assert state.reports
    assert crm.is_empty()


def test_cli_demo_search_and_agenda_json(tmp_path):
    db = tmp_path / "cli.db"
    counts = json.loads(crm_cli("demo", "--customers", "300", "--seed", "3", db=db))
    assert counts["contacts"] == 300
    hits = json.loads(crm_cli("search", "wang", "--limit", "5", "--json", db=db))
    assert 0 < len(hits) <= 5
    assert set(hits[0]) == {"type", "id", "name", "account", "mobile", "email"}
    assert hits[0]["type"] in ("contact", "account")
    agenda = json.loads(crm_cli("agenda", "--json", db=db))
    assert isinstance(agenda, list)
    assert all({"due", "overdue", "name", "kind"} <= set(item) for item in agenda)

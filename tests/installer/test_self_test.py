"""`crm --self-test` from the source tree: every check passes, and a broken part makes it fail loudly."""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure

from crm_desktop import self_test
from crm_desktop.self_test import CHECKS, run_self_test


def test_every_check_passes_from_source(capsys):
    assert run_self_test() == 0
    out = capsys.readouterr().out
    for name, _check in CHECKS:
        assert f"ok      {name}: " in out
    assert out.rstrip().endswith(f"self-test passed: {len(CHECKS)} checks")


def test_a_broken_chart_renderer_fails_the_chart_check_only(monkeypatch, capsys):
    def broken_savefig(_figure, *_args, **_kwargs):
        raise RuntimeError("Could not open facefile")  # what a bundle without matplotlib's fonts says

    monkeypatch.setattr(Figure, "savefig", broken_savefig)
    assert run_self_test() == 1
    out = capsys.readouterr().out
    assert "FAILED  chart: RuntimeError: Could not open facefile" in out
    assert "ok      export: " in out and "ok      window: " in out
    assert f"self-test FAILED: 1 of {len(CHECKS)} checks" in out


def test_missing_migration_scripts_fail_the_store_and_everything_built_on_it(monkeypatch, tmp_path, capsys):
    # What a bundle without the migrations/ folder would do: no store, so no records, search or window.
    monkeypatch.setattr("crm_desktop.store.migrate.MIGRATIONS_DIR", tmp_path / "not-shipped")
    assert run_self_test() == 1
    out = capsys.readouterr().out
    for name in ("store", "records", "search", "import", "export", "chart", "encryption", "window", "dashboard"):
        assert f"FAILED  {name}: " in out  # the encrypted store needs its migrations as much as the plain one
    assert "ok      translations: " in out and "ok      network: " in out


def test_the_scratch_folder_is_removed(monkeypatch, tmp_path):
    made = []
    real_mkdtemp = self_test.tempfile.mkdtemp
    monkeypatch.setattr(self_test.tempfile, "mkdtemp", lambda **kw: made.append(real_mkdtemp(**kw)) or made[-1])
    with open(tmp_path / "log", "w", encoding="utf-8") as log:
        assert self_test.run_checks([("store", self_test.check_store)], out=log) == 0
    assert len(made) == 1 and not Path(made[0]).exists()

"""`crm sync` against a server on a real loopback port: log in once, tokens in the keyring,
figures as JSON; clear messages when the server is unreachable or the password wrong."""

from __future__ import annotations

import json
import socket

from crm_desktop.cli.main import main
from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.customers.entities import AccountInput
from tests.server.sync_world import PASSWORD


def _sync(db, server, capsys, user="wang", *extra) -> tuple[int, str, str]:
    code = main(["--db", str(db), "sync", "--server", server, "--user", user, *extra])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_crm_sync_pushes_pulls_and_reports_figures(live_server, tmp_path, capsys, monkeypatch):
    office, home = tmp_path / "office.db", tmp_path / "home.db"
    app = CrmApp.open(office)
    app.customers.create_account(AccountInput(name="成都天府软件园", city="成都"))
    app.close()
    monkeypatch.setenv("CRM_PASSWORD", PASSWORD)
    code, out, _err = _sync(office, live_server, capsys, "wang", "--json")
    assert code == 0
    figures = json.loads(out)
    assert figures["pushed"] >= 1 and figures["pending"] == 0 and figures["rejected"] == 0
    monkeypatch.delenv("CRM_PASSWORD")  # the tokens are in the keyring now: no password needed
    assert _sync(office, live_server, capsys, "wang", "--json")[0] == 0

    monkeypatch.setenv("CRM_PASSWORD", PASSWORD)
    code, out, _err = _sync(home, live_server, capsys, "wang", "--json")
    assert code == 0 and json.loads(out)["pulled"] >= 1
    app = CrmApp.open(home)
    try:
        assert app.search.search("天府")
    finally:
        app.close()


def test_crm_sync_explains_an_unreachable_server_and_a_wrong_password(live_server, tmp_path, capsys, monkeypatch):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}"
    monkeypatch.setenv("CRM_PASSWORD", PASSWORD)
    code, _out, err = _sync(tmp_path / "a.db", closed, capsys)
    assert code == 2 and "cannot be reached" in err
    monkeypatch.setenv("CRM_PASSWORD", "wrong password")
    code, _out, err = _sync(tmp_path / "a.db", live_server, capsys)
    assert code == 2 and "password is wrong" in err

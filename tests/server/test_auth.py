"""Server accounts and tokens on SQLite and on a real PostgreSQL: login, throttling, refresh rotation,
revocation, health, and the crm-server administration commands."""

import json

import pytest
from fastapi.testclient import TestClient

from crm_server.admin import Admin, AdminError
from crm_server.app import create_app
from crm_server.cli import main as server_main
from crm_server.db import make_engine, migrate, sessions
from crm_server.settings import ServerSettings, normalise_url

PASSWORD = "correct horse battery"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.db'}"
    return normalise_url(request.getfixturevalue("pg_database"))


@pytest.fixture
def server(database_url):
    settings = ServerSettings(database_url=database_url, max_failed_logins=3)
    engine = make_engine(database_url)
    migrate(engine)
    with sessions(engine)() as session:
        admin = Admin(session)
        admin.add_team("华东销售一部")
        admin.add_user("wangfang", PASSWORD, "王芳", "rep", "华东销售一部")
        admin.add_user("boss", PASSWORD, "李强", "admin")
    engine.dispose()
    app = create_app(settings)
    with TestClient(app) as client:
        yield client
    app.state.engine.dispose()


def login(client, username="wangfang", password=PASSWORD, **extra):
    return client.post("/auth/login", json={"username": username, "password": password,
                                            "device_name": "ThinkPad", **extra})


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_health_and_readiness(server):
    assert server.get("/healthz").json() == {"status": "ok"}
    ready = server.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"
    assert "/auth/login" in server.get("/openapi.json").json()["paths"]


def test_login_registers_a_device_and_the_token_names_the_caller(server):
    grant = login(server).json()
    assert grant["role"] == "rep" and grant["device_id"] and grant["expires_in"] == 15 * 60
    me = server.get("/me", headers=bearer(grant["access_token"])).json()
    assert me["username"] == "wangfang" and me["device_id"] == grant["device_id"]
    again = login(server, device_id=grant["device_id"]).json()
    assert again["device_id"] == grant["device_id"]  # the same installation logging in again


def test_wrong_passwords_are_refused_then_throttled(server):
    for _ in range(3):
        refused = login(server, password="wrong password")
        assert refused.status_code == 401 and refused.json() == {"error": "invalid_credentials"}
    throttled = login(server)  # even the right password waits now
    assert throttled.status_code == 429 and int(throttled.headers["Retry-After"]) > 0
    assert login(server, username="nobody").status_code == 401
    assert login(server, username="boss").status_code == 200  # other users are not affected


def test_refresh_rotates_and_a_reused_refresh_token_revokes_the_device(server):
    first = login(server).json()
    second = server.post("/auth/refresh", json={"refresh_token": first["refresh_token"]}).json()
    assert second["refresh_token"] != first["refresh_token"]
    assert server.get("/me", headers=bearer(second["access_token"])).status_code == 200
    reused = server.post("/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert reused.status_code == 401 and reused.json() == {"error": "token_reused"}
    # Someone held a copy: every token of the device is gone, the holder must log in again.
    assert server.get("/me", headers=bearer(second["access_token"])).status_code == 401
    assert server.post("/auth/refresh", json={"refresh_token": second["refresh_token"]}).status_code == 401


def test_logout_and_missing_or_bad_tokens(server):
    grant = login(server).json()
    assert server.post("/auth/logout", headers=bearer(grant["access_token"])).status_code == 204
    assert server.get("/me", headers=bearer(grant["access_token"])).json() == {"error": "invalid_token"}
    missing = server.get("/me")
    assert missing.status_code == 401 and missing.headers["WWW-Authenticate"] == "Bearer"
    assert server.post("/auth/login", content=b"{not json", headers={"Content-Type": "application/json"}
                       ).status_code == 422
    assert server.post("/auth/login", json={"username": "x"}).status_code == 422


def test_an_oversized_body_is_refused_before_it_is_read(server):
    big = b'{"username": "' + b"x" * (9 * 1024 * 1024) + b'"}'
    answer = server.post("/auth/login", content=big, headers={"Content-Type": "application/json"})
    assert answer.status_code == 413 and answer.json()["error"] == "body_too_large"


def test_a_revoked_device_and_a_disabled_user_are_refused(server, database_url):
    grant = login(server).json()
    assert server_main(["--database-url", database_url, "devices", "revoke", grant["device_id"]]) == 0
    assert server.get("/me", headers=bearer(grant["access_token"])).status_code == 401
    assert login(server, device_id=grant["device_id"]).json() == {"error": "device_not_allowed"}
    fresh = login(server).json()  # a new registration is possible until an admin disables the user
    assert server_main(["--database-url", database_url, "users", "disable", "wangfang"]) == 0
    assert server.get("/me", headers=bearer(fresh["access_token"])).status_code == 403
    assert login(server).status_code == 401


def test_server_commands_administer_users_teams_and_devices(database_url, capsys, monkeypatch):
    def run(*argv) -> int:
        return server_main(["--database-url", database_url, *argv])

    assert run("migrate") == 0
    monkeypatch.setattr("sys.stdin", _Lines(PASSWORD))
    assert run("users", "add", "chenjing", "--display-name", "陈静", "--password-stdin") == 0
    assert run("teams", "add", "华南销售部") == 0
    assert run("teams", "add-member", "华南销售部", "chenjing") == 0
    assert run("users", "set-role", "chenjing", "manager") == 0
    capsys.readouterr()
    assert run("users", "list", "--json") == 0
    [user] = json.loads(capsys.readouterr().out)
    assert (user["username"], user["display_name"], user["role"], user["team"]) == (
        "chenjing", "陈静", "manager", "华南销售部")
    assert run("teams", "add", "华南销售部") == 2
    assert "exists" in capsys.readouterr().err
    assert run("users", "set-role", "nobody", "rep") == 2
    assert run("devices", "list", "--json") == 0


def test_weak_passwords_and_unknown_roles_are_refused(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 's.db'}")
    migrate(engine)
    with sessions(engine)() as session:
        with pytest.raises(AdminError, match="8 characters"):
            Admin(session).add_user("x", "short")
        with pytest.raises(AdminError, match="role"):
            Admin(session).add_user("x", PASSWORD, role="king")
    engine.dispose()


class _Lines:
    def __init__(self, *lines: str) -> None:
        self._lines = [line + "\n" for line in lines]

    def readline(self) -> str:
        return self._lines.pop(0) if self._lines else ""


def test_admin_endpoints_are_for_admins_only(server):
    rep = login(server).json()["access_token"]
    boss = login(server, username="boss").json()["access_token"]
    assert server.get("/admin/users", headers=bearer(rep)).json() == {"error": "admin_only"}
    assert {u["username"] for u in server.get("/admin/users", headers=bearer(boss)).json()} == {"wangfang", "boss"}
    made = server.post("/admin/users", headers=bearer(boss), json={"username": "zhaolei", "password": PASSWORD,
                                                                   "display_name": "赵磊", "team": "华东销售一部"})
    assert made.status_code == 201 and made.json()["team"] == "华东销售一部"
    taken = server.post("/admin/users", headers=bearer(boss), json={"username": "zhaolei", "password": PASSWORD})
    assert taken.status_code == 400 and "taken" in taken.json()["error"]
    assert server.post("/admin/users", headers=bearer(boss), json={"username": "x", "password": "short"}
                       ).status_code == 422
    assert server.post("/admin/users/zhaolei/role", headers=bearer(boss), json={"role": "manager"}
                       ).json()["role"] == "manager"
    assert server.post("/admin/teams", headers=bearer(boss), json={"name": "华南销售部"}).status_code == 201
    assert server.post("/admin/teams/华南销售部/members", headers=bearer(boss), json={"username": "zhaolei"}
                       ).json()["team"] == "华南销售部"
    devices = server.get("/admin/devices", headers=bearer(boss)).json()
    rep_device = next(d for d in devices if d["username"] == "wangfang")
    assert server.post(f"/admin/devices/{rep_device['id']}/revoke", headers=bearer(boss)).status_code == 204
    assert server.get("/me", headers=bearer(rep)).status_code == 401
    assert server.post("/admin/devices/nope/revoke", headers=bearer(boss)).status_code == 404


def test_an_oversized_chunked_body_without_a_length_is_refused_too(server):
    def chunks():
        for _ in range(10):
            yield b"x" * (1024 * 1024)

    answer = server.post("/sync/push", content=chunks(), headers={"Content-Type": "application/json"})
    assert answer.status_code == 413 and answer.json()["error"] == "body_too_large"

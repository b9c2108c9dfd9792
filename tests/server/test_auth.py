"""Server accounts and tokens on SQLite and on a real PostgreSQL: login, throttling per username and
address, refresh rotation with its grace window, new devices, revocation, health, and the crm-server
administration commands."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient

from crm_server import auth
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


@pytest.fixture(autouse=True)
def quick_passwords(monkeypatch):
    """Argon2 at a test's cost: the throttling tests log in dozens of times (a verify costs what the
    stored hash says, so the users are hashed cheaply too)."""
    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    monkeypatch.setattr(auth, "_hasher", cheap)
    monkeypatch.setattr(auth, "_DUMMY_HASH", cheap.hash("not a password"))


@pytest.fixture
def serve(database_url):
    """Starts the app on the test's database (its team and users added once) with these settings;
    the caller enters the TestClient it gets."""
    engine = make_engine(database_url)
    migrate(engine)
    with sessions(engine)() as session:
        admin = Admin(session)
        admin.add_team("华东销售一部")
        admin.add_user("wangfang", PASSWORD, "王芳", "rep", "华东销售一部")
        admin.add_user("boss", PASSWORD, "李强", "admin")
    engine.dispose()
    apps = []

    def start(**settings) -> TestClient:
        app = create_app(ServerSettings(database_url=database_url, **{"max_failed_logins": 3, **settings}))
        apps.append(app)
        return TestClient(app)

    yield start
    for app in apps:
        app.state.engine.dispose()


@pytest.fixture
def server(serve):
    with serve() as client:
        yield client


class Clock:
    """The time the auth service reads: it stands still (a slow machine cannot outwait a delay) and is
    moved by hand instead of waiting."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr("crm_server.auth.utcnow", lambda: clock.now)
    return clock


def at(server: TestClient, host: str) -> TestClient:
    """The same app, reached from another TCP peer (the proxy in front, or a client without one)."""
    return TestClient(server.app, client=(host, 50000))


def login(client, username="wangfang", password=PASSWORD, headers=None, **extra):
    return client.post("/auth/login", headers=headers, json={"username": username, "password": password,
                                                             "device_name": "ThinkPad", **extra})


def refresh(client, grant: dict):
    return client.post("/auth/refresh", json={"refresh_token": grant["refresh_token"]})


def me(client, grant: dict):
    return client.get("/me", headers=bearer(grant["access_token"]))


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


def test_wrong_passwords_are_refused_then_that_name_waits_at_that_address_only(server, clock):
    for _ in range(3):
        refused = login(server, password="wrong password")
        assert refused.status_code == 401 and refused.json() == {"error": "invalid_credentials"}
    throttled = login(server)  # even the right password waits now, from this address
    assert throttled.status_code == 429 and throttled.json() == {"error": "too_many_attempts"}
    assert int(throttled.headers["Retry-After"]) > 0
    assert login(server, username="nobody").status_code == 401
    assert login(server, username="boss").status_code == 200  # other users are not affected
    assert login(at(server, "203.0.113.5")).status_code == 200  # nor this user elsewhere


def test_delays_grow_and_retry_after_says_how_long(server, clock):
    for _ in range(3):
        assert login(server, password="wrong password").status_code == 401
    for delay in (1, 2, 4, 8):
        waiting = login(server, password="wrong password")
        assert waiting.status_code == 429 and waiting.headers["Retry-After"] == str(delay)
        clock.advance(delay - 0.5)
        assert login(server).headers["Retry-After"] == "1"  # the right password waits too, and is not counted
        clock.advance(0.5)
        assert login(server, password="wrong password").status_code == 401  # one more failure: twice as long
    clock.advance(16)
    assert login(server).status_code == 200
    # A success clears this address's failures for the name: mistakes start from nothing again.
    for _ in range(3):
        assert login(server, password="wrong password").status_code == 401


def test_a_stranger_failing_from_one_address_never_stops_the_rep_logging_in_from_another(server, clock):
    proxy = at(server, "127.0.0.1")  # nginx on the node: a trusted proxy by default
    # nginx appends the address it saw, so the stranger cannot pass for the rep's address.
    stranger = {"X-Forwarded-For": "203.0.113.5, 198.51.100.7"}
    answers = [login(proxy, password="wrong password", headers=stranger).status_code for _ in range(10)]
    assert answers == [401] * 3 + [429] * 7
    assert login(proxy, headers=stranger).status_code == 429
    assert login(proxy, headers={"X-Forwarded-For": "203.0.113.5"}).status_code == 200
    # Without a trusted proxy in between, X-Forwarded-For is the client's own word and is ignored.
    direct = at(server, "198.51.100.8")
    for _ in range(4):
        login(direct, password="wrong password", headers={"X-Forwarded-For": "203.0.113.6"})
    assert login(direct, headers={"X-Forwarded-For": "203.0.113.6"}).status_code == 429
    assert login(at(server, "203.0.113.6")).status_code == 200


@pytest.mark.parametrize(("peer", "forwarded_for", "trusted", "address"), [
    ("198.51.100.8", "203.0.113.6", ("127.0.0.1", "::1"), "198.51.100.8"),  # no proxy: the header is ignored
    ("127.0.0.1", "203.0.113.5, 198.51.100.7", ("127.0.0.1", "::1"), "198.51.100.7"),  # the left part is forged
    ("10.0.0.5", "198.51.100.7, 10.0.0.9", ("10.0.0.0/24",), "198.51.100.7"),  # two proxies of one network
    ("127.0.0.1", "", ("127.0.0.1",), "127.0.0.1"),  # nginx sent no header: the proxy itself
    ("::1", "2001:DB8:0::1", ("::1",), "2001:db8::1"),  # one spelling per address
    ("127.0.0.1", "203.0.113.5", (), "127.0.0.1"),  # an empty setting trusts no proxy
])
def test_the_source_address_believes_x_forwarded_for_only_from_trusted_proxies(peer, forwarded_for, trusted,
                                                                                address):
    assert auth.source_address(peer, forwarded_for, trusted) == address


def test_trusted_proxies_come_from_the_environment(monkeypatch):
    monkeypatch.delenv("CRM_SERVER_TRUSTED_PROXIES", raising=False)
    assert ServerSettings.from_env("sqlite://").trusted_proxies == ("127.0.0.1", "::1")
    monkeypatch.setenv("CRM_SERVER_TRUSTED_PROXIES", " 10.0.0.5, 10.1.0.0/16 ,")
    assert ServerSettings.from_env("sqlite://").trusted_proxies == ("10.0.0.5", "10.1.0.0/16")


def test_password_spraying_from_one_address_makes_that_address_wait(serve, clock):
    with serve(max_failed_logins_per_address=4) as server:
        sprayer = at(server, "198.51.100.7")
        for name in ("liqiang", "zhaolei", "chenjing", "wangfang"):
            assert login(sprayer, username=name, password="wrong password").status_code == 401
        refused = login(sprayer, username="sunli", password="wrong password")  # a name it never tried
        assert refused.status_code == 429 and refused.headers["Retry-After"] == "1"
        assert login(sprayer, username="boss").status_code == 429
        assert login(at(server, "203.0.113.5")).status_code == 200


def test_a_lost_refresh_answer_retried_within_the_grace_window_keeps_the_device_logged_in(server, clock):
    first = login(server).json()
    lost = refresh(server, first).json()  # issued, but the answer never reaches the laptop
    clock.advance(30)
    retried = refresh(server, first)
    assert retried.status_code == 200
    clock.advance(30)
    again = refresh(server, first).json()  # lost again: retries keep working within the window
    assert again["device_id"] == lost["device_id"] == first["device_id"]
    assert me(server, again).status_code == 200
    # The pairs that never arrived no longer work.
    assert me(server, lost).json() == {"error": "invalid_token"}
    assert me(server, retried.json()).json() == {"error": "invalid_token"}
    newer = refresh(server, again)
    assert newer.status_code == 200 and me(server, newer.json()).status_code == 200
    # A pair the server believed lost showing up after all: someone holds it, the device logs in again.
    assert refresh(server, lost).json() == {"error": "token_reused"}
    assert me(server, newer.json()).status_code == 401


def test_a_used_up_refresh_token_after_the_grace_window_revokes_the_device(server, clock):
    first = login(server).json()
    second = refresh(server, first).json()
    clock.advance(120)
    reused = refresh(server, first)
    assert reused.status_code == 401 and reused.json() == {"error": "token_reused"}
    # Someone held a copy: every token of the device is gone, the holder must log in again.
    assert me(server, second).status_code == 401
    assert refresh(server, second).status_code == 401


def test_an_older_refresh_token_after_its_successor_was_used_revokes_the_device(server):
    first = login(server).json()
    second = refresh(server, first).json()
    assert second["refresh_token"] != first["refresh_token"]
    third = refresh(server, second).json()  # the successor was used: `first` is two steps behind
    assert me(server, third).status_code == 200
    reused = refresh(server, first)
    assert reused.status_code == 401 and reused.json() == {"error": "token_reused"}
    assert me(server, third).status_code == 401
    assert refresh(server, third).status_code == 401


def test_logout_and_revocation_leave_no_grace(server, database_url):
    first = login(server).json()
    second = refresh(server, first).json()
    assert server.post("/auth/logout", headers=bearer(second["access_token"])).status_code == 204
    assert refresh(server, first).json() == {"error": "token_reused"}
    assert refresh(server, second).json() == {"error": "token_reused"}
    other = login(server).json()
    rotated = refresh(server, other).json()
    assert server_main(["--database-url", database_url, "devices", "revoke", other["device_id"]]) == 0
    assert refresh(server, other).json() == {"error": "device_not_allowed"}
    assert me(server, rotated).status_code == 401


def test_a_new_device_for_a_copied_store_gets_working_tokens_and_leaves_the_old_ones(server):
    old = login(server).json()
    answer = server.post("/auth/devices", headers=bearer(old["access_token"]),
                         json={"device_name": "ThinkPad (restored)", "refresh_token": old["refresh_token"]})
    assert answer.status_code == 200
    new = answer.json()
    assert new["device_id"] != old["device_id"]
    assert (new["user_id"], new["role"], new["token_type"], new["expires_in"]) == (
        old["user_id"], "rep", "bearer", 15 * 60)
    assert me(server, new).json()["device_id"] == new["device_id"]
    assert me(server, old).json()["device_id"] == old["device_id"]  # the other copy keeps working
    renewed = refresh(server, new)
    assert renewed.status_code == 200 and refresh(server, old).status_code == 200
    new = renewed.json()
    boss = login(server, username="boss").json()
    names = {d["id"]: d["name"] for d in server.get("/admin/devices", headers=bearer(boss["access_token"])).json()}
    assert names[new["device_id"]] == "ThinkPad (restored)"
    unnamed = server.post("/auth/devices", headers=bearer(new["access_token"]),
                          json={"refresh_token": new["refresh_token"]}).json()
    assert names.get(unnamed["device_id"]) is None and me(server, unnamed).status_code == 200
    assert "/auth/devices" in server.get("/openapi.json").json()["paths"]


def test_a_new_device_needs_a_valid_token_an_enabled_user_and_a_sensible_name(server, database_url):
    assert server.post("/auth/devices", json={}).status_code == 401
    grant = login(server).json()
    for name in ("", "x" * 121):
        assert server.post("/auth/devices", headers=bearer(grant["access_token"]),
                           json={"device_name": name, "refresh_token": grant["refresh_token"]}).status_code == 422
    # An access token alone (a stolen copy, say) is not worth a new device: the live refresh token is wanted.
    alone = server.post("/auth/devices", headers=bearer(grant["access_token"]), json={"refresh_token": "nope"})
    assert alone.status_code == 401 and alone.json() == {"error": "invalid_token"}
    other = login(server).json()  # another device's refresh token does not do either
    assert server.post("/auth/devices", headers=bearer(grant["access_token"]),
                       json={"refresh_token": other["refresh_token"]}).status_code == 401
    assert server_main(["--database-url", database_url, "users", "disable", "wangfang"]) == 0
    refused = server.post("/auth/devices", headers=bearer(grant["access_token"]),
                          json={"refresh_token": grant["refresh_token"]})
    assert refused.status_code == 403 and refused.json() == {"error": "device_not_allowed"}


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

"""Property-based tests of every operation in the sync server's OpenAPI document, with schemathesis."""

import os
import secrets
from datetime import UTC, date, datetime

import psycopg
import pytest
import schemathesis
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.python.asgi import shutdown_lifespans
from schemathesis.specs.openapi.checks import (
    positive_data_acceptance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import delete

from crm_desktop.sync.schema import entities
from crm_server import SERVER_SCHEMA_VERSIONS, auth
from crm_server.admin import Admin
from crm_server.app import create_app
from crm_server.db import make_engine, migrate, sessions
from crm_server.models import Device, FailedLogin
from crm_server.settings import ServerSettings, normalise_url
from tests.server.conftest import PREFIX, with_database

PASSWORD = "correct horse battery"
ADMIN = "boss"
# Bounded for CI (the whole file in well under a minute on two cores); raise it for a deeper local hunt.
MAX_EXAMPLES = int(os.environ.get("CRM_FUZZ_EXAMPLES", "25"))
# A long-poll's `timeout` (GET /sync/wait waits up to 60 s on a quiet server) is cut to this many
# seconds, so the fuzzer exercises the wait without making the run slow.
LONG_POLL_SECONDS = 0.05
# A call still running after this many seconds fails (an async route such as a long-poll that ignores
# its timeout is cancelled then), so a hang does not stall CI.
CALL_TIMEOUT = 30

PUSHABLE = sorted(name for name, spec in entities().items() if spec.pushable)

# Statuses the server sends on purpose but its OpenAPI document does not declare yet (crm_server needs
# `responses=` on these routes). Only these exact pairs skip status_code_conformance, so any other
# undeclared status, or one of these on another operation, still fails.
UNDOCUMENTED = {
    "POST /auth/login": {401, 403, 429},  # invalid_credentials, device_not_allowed, too_many_attempts
    "POST /auth/refresh": {401, 403},  # invalid_token / token_reused / token_expired, device_not_allowed
    "POST /admin/users": {400},  # AdminError: username taken, unknown team, blank username
    "POST /admin/users/{username}/disable": {400},  # AdminError: no such user
    "POST /admin/users/{username}/enable": {400},
    "POST /admin/users/{username}/role": {400},
    "POST /admin/teams": {400},  # AdminError: team exists, blank name, unknown manager
    "POST /admin/teams/{name}/members": {400},  # AdminError: no such team or user
    "POST /admin/devices/{device_id}/revoke": {404},  # no_such_device
}
# FastAPI answers a JSON body it cannot decode (not UTF-8) with 400 on every operation that takes one.
UNDECODABLE_BODY = 400

# Refusals a schema-valid request earns from state or rules the document cannot express (an unknown
# user, a supported schema version, a device's next seq, a known entity): positive_data_acceptance
# is skipped for these. The admin routes answer every refusal with 400, where a missing user or team
# in the path is a 404 and a taken name a 409 (statuses the check accepts as they are).
REFUSALS = {
    "POST /admin/users": {400},
    "POST /admin/users/{username}/disable": {400},
    "POST /admin/users/{username}/enable": {400},
    "POST /admin/users/{username}/role": {400},
    "POST /admin/teams": {400},
    "POST /admin/teams/{name}/members": {400},
    "POST /sync/push": {413, 422},  # batch_too_large, seq_order / invalid_mutation (an {"error": ...} body)
    "GET /sync/pull": {422},  # bad_cursor
    "GET /sync/wait": {422},  # bad_cursor
    "GET /sync/snapshot": {422},  # bad_token
}
CONFIG = schemathesis.Config.from_dict({
    "checks": {
        # 410 reset_required and 426 upgrade_required are the sync protocol's documented answers to a
        # device that is too far behind or too old, whether or not the rest of its request is well formed.
        "positive_data_acceptance": {"expected-statuses": ["2xx", "3xx", "401", "403", "404", "409", "410",
                                                           "426", "429", "5xx"]},
        "negative_data_rejection": {"expected-statuses": ["400", "401", "403", "404", "405", "406", "409", "410",
                                                          "413", "415", "422", "426", "428", "429", "5xx"]},
        # Starlette's 405 names only the methods of the one route it matched, so OPTIONS /admin/users
        # says `Allow: GET` although POST exists too: a framework limit no `responses=` can declare.
        "allow_header_conformance": {"enabled": False},
    },
})

BIG = 2**63 - 1


def exact_bounds(node):
    """FastAPI's OpenAPI model types `maximum` as a float, so the server's `le=2**63 - 1` is published as
    9.223372036854776e18 (= 2**63) and the fuzzer sends numbers above the real bound that the server
    refuses with 422. Put the exact bound back until crm_server publishes it right."""
    if isinstance(node, dict):
        return {key: BIG if key in ("maximum", "minimum") and value == float(BIG) else exact_bounds(value)
                for key, value in node.items()}
    if isinstance(node, list):
        return [exact_bounds(value) for value in node]
    return node


# The document comes from an app that never touches its database (building the schema does not), so
# the operations are known at collection time and each gets a test of its own.
DOCUMENT = exact_bounds(create_app(ServerSettings(database_url="sqlite://")).openapi())
schema = schemathesis.openapi.from_dict(DOCUMENT, config=CONFIG)
# The document declares no security scheme (the bearer token is an ordinary optional `authorization`
# header parameter), so schemathesis cannot check that these operations refuse a missing token itself.
PROTECTED = [(method.upper(), path, operation) for path, item in DOCUMENT["paths"].items()
             for method, operation in item.items()
             if any(p["in"] == "header" and p["name"].lower() == "authorization"
                    for p in operation.get("parameters", []))]


def declares_error_body_422(operation) -> bool:
    """The sync routes declare 422 as {"error": ...} only, but FastAPI's own validation 422 is
    {"detail": [...]}: the document is wrong there (crm_server should declare both shapes)."""
    declared = operation.definition.raw.get("responses", {}).get("422", {})
    ref = declared.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref", "")
    return ref.endswith("/ErrorBody")


@pytest.fixture(scope="module", autouse=True)
def quick_passwords():
    """Argon2 at its production cost (~0.1 s a hash) would be most of this file's run time: every login
    the fuzzer sends, every user it adds, and the re-login after each logout it makes."""
    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(auth, "_hasher", cheap)
        patch.setattr(auth, "_DUMMY_HASH", cheap.hash("not a password"))
        yield


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def database_url(request, tmp_path_factory):
    """One database per backend for the whole file: a fresh one per operation would cost more than the
    fuzzing, and the server is meant to take any sequence of requests anyway."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('openapi') / 'server.db'}"
        return
    url = request.getfixturevalue("pg_url")
    name = f"{PREFIX}{os.getpid()}_{secrets.token_hex(4)}"  # conftest's naming, so a killed run is cleaned up
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'create database "{name}" template template0')
    try:
        yield normalise_url(with_database(url, name))
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'drop database if exists "{name}" with (force)')


class Server:
    """The app under test with an admin to act as; `headers()` is always a working admin token."""

    def __init__(self, database_url: str) -> None:
        self.postgres = database_url.startswith("postgresql")
        self.engine = make_engine(database_url)
        migrate(self.engine)
        self.sessions = sessions(self.engine)
        with self.sessions() as session:
            admin = Admin(session)
            admin.add_team("华东销售一部")
            admin.add_user("wangfang", PASSWORD, "王芳", "rep", "华东销售一部")
            admin.add_user(ADMIN, PASSWORD, "李强", "admin")
        self.app = create_app(ServerSettings(database_url=database_url))
        self.client = TestClient(self.app)
        self._headers: dict[str, str] = {}
        self.device_id = ""

    def headers(self) -> dict[str, str]:
        # The fuzzer may log the token out, revoke its device, or disable, demote or throttle the admin:
        # then put the admin back and log in again, so every example reaches past authentication.
        if self._headers and self.client.get("/me", headers=self._headers).json().get("role") == "admin":
            return self._headers
        with self.sessions() as session:
            admin = Admin(session)
            admin.disable_user(ADMIN, disabled=False)
            admin.set_role(ADMIN, "admin")
            session.execute(delete(FailedLogin).where(FailedLogin.username == ADMIN))
            session.commit()
        grant = self.client.post("/auth/login", json={"username": ADMIN, "password": PASSWORD,
                                                      "device_name": "schemathesis"})
        assert grant.status_code == 200, grant.text
        self._headers = {"Authorization": f"Bearer {grant.json()['access_token']}"}
        self.device_id = grant.json()["device_id"]
        return self._headers

    def last_applied_seq(self) -> int:
        with self.sessions() as session:
            return session.get(Device, self.device_id).last_applied_seq

    def close(self) -> None:
        # schemathesis starts the app's lifespan (the PostgreSQL LISTEN of /sync/wait) on first use and
        # keeps it for the process: stop it before the database goes.
        shutdown_lifespans()
        self.client.close()
        self.app.state.engine.dispose()
        self.engine.dispose()


@pytest.fixture(scope="module")
def server(database_url):
    server = Server(database_url)
    yield server
    server.close()


def error_body(response) -> dict:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def steer(case, server: Server, data) -> None:
    """A schema-valid sync request mostly stops at the first identity check (another device's id, a
    schema version the server does not serve, a seq out of order, an unknown entity) and never reaches
    the feed or the merge engine. For about half of them, put the caller's own values in the fields of
    those names (`schema_version`, a POSTed `device_id`, each mutation's seq, entity and changes) and
    leave the rest as fuzzed. Invalid requests are left alone: the negative checks judge them as sent."""
    if case.meta is None or not case.meta.generation.mode.is_positive or not data.draw(st.booleans(), "steer"):
        return
    for values in (case.query, case.body):
        if not isinstance(values, dict):
            continue
        if isinstance(values.get("schema_version"), int):
            values["schema_version"] = max(SERVER_SCHEMA_VERSIONS)
        if isinstance(values.get("device_id"), str) and case.method == "POST":
            values["device_id"] = server.device_id
        if isinstance(values.get("mutations"), list):
            seq = server.last_applied_seq()
            for mutation in filter(lambda m: isinstance(m, dict), values["mutations"]):
                seq += 1
                spec = entities()[data.draw(st.sampled_from(PUSHABLE), "entity")]
                changes = data.draw(field_values(spec, nul=True), "changes")
                mutation.update(seq=seq, entity=spec.name, changes=changes)


def field_values(spec, nul: bool):
    """Some of an entity's fields with values of their wire type, None included, and lengths and
    integers one past their limits (the document types `changes` as any object, so the fuzzer's own
    keys are all unknown fields)."""
    text = st.characters(codec="utf-8", exclude_characters="" if nul else "\x00")
    kinds = {
        "str": lambda fs: st.text(text, max_size=(fs.max_length or 40) + 1),
        "int": lambda fs: st.integers(-(2**63), 2**63),
        "bool": lambda fs: st.booleans(),
        "float": lambda fs: st.floats(allow_nan=False, allow_infinity=False),
        "decimal": lambda fs: st.decimals(allow_nan=False, allow_infinity=False).map(str),
        "date": lambda fs: st.dates().map(date.isoformat),
        "datetime": lambda fs: st.datetimes(timezones=st.just(UTC)).map(datetime.isoformat),
        "json": lambda fs: st.lists(st.text(text, max_size=8), max_size=3),
    }
    return st.fixed_dictionaries({}, optional={
        name: (st.none() | kinds[fs.kind](fs)) if fs.nullable else kinds[fs.kind](fs)
        for name, fs in spec.fields.items()})


def cap_long_poll(case) -> None:
    """An operation with a `timeout` query parameter waits that long (its default too, when the fuzzer
    leaves it out) unless something changes: send a short one instead. Out-of-range values are kept,
    so an invalid request stays invalid."""
    declared = next((p.get("schema", {}) for p in case.operation.definition.raw.get("parameters", [])
                     if p.get("in") == "query" and p.get("name") == "timeout"), None)
    if declared is None:
        return
    if case.query is None:
        case.query = {}
    timeout = case.query.get("timeout", LONG_POLL_SECONDS)
    low, high = declared.get("minimum", 0), declared.get("maximum", float("inf"))
    if isinstance(timeout, int | float) and not isinstance(timeout, bool) and low <= timeout <= high:
        case.query["timeout"] = max(low, min(timeout, LONG_POLL_SECONDS))


@schema.parametrize()
@schema.given(data=st.data())
@settings(max_examples=MAX_EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_api(case, data, server):
    headers = server.headers()
    steer(case, server, data)
    cap_long_poll(case)
    response = case.call(headers=headers, app=server.app, timeout=CALL_TIMEOUT)
    label, status = case.operation.label, response.status_code
    body = error_body(response)
    excluded = []
    if status in UNDOCUMENTED.get(label, ()) or (status == UNDECODABLE_BODY and case.operation.body):
        excluded.append(status_code_conformance)
    if status in REFUSALS.get(label, ()) and (status != 422 or "error" in body):
        excluded.append(positive_data_acceptance)
    if status == 422 and body.get("error") == "invalid_text":
        excluded.append(positive_data_acceptance)  # NUL: JSON allows it, PostgreSQL text does not
    if status == 422 and "detail" in body and declares_error_body_422(case.operation):
        excluded.append(response_schema_conformance)
    case.validate_response(response, headers=headers, excluded_checks=excluded,
                           transport_kwargs={"app": server.app, "headers": headers, "timeout": CALL_TIMEOUT})


@pytest.mark.parametrize(("method", "path", "operation"), PROTECTED, ids=[f"{m} {p}" for m, p, _ in PROTECTED])
def test_protected_operations_refuse_a_missing_or_wrong_token(server, method, path, operation):
    server.headers()  # the admin has a live token; it must not matter
    url = path.format_map({p["name"]: "x" for p in operation.get("parameters", []) if p["in"] == "path"})
    query = {p["name"]: 1 for p in operation.get("parameters", []) if p["in"] == "query" and p.get("required")}
    for authorization in ({}, {"Authorization": "Bearer not-a-token"}, {"Authorization": "Basic Ym9zczpwdw=="}):
        answer = server.client.request(method, url, params=query, headers=authorization,
                                       json={} if "requestBody" in operation else None)
        assert answer.status_code == 401, (authorization, answer.text)
        assert answer.headers["WWW-Authenticate"] == "Bearer"


@pytest.mark.parametrize("what", ["login", "team", "record", "push"])
def test_nul_characters_are_refused_not_a_server_error(server, what):
    """U+0000 is valid JSON and a valid URL escape, but PostgreSQL text cannot hold it: a clear 4xx,
    never a 500."""
    headers = server.headers()
    mutation = {"seq": server.last_applied_seq() + 1, "mutation_id": "m-nul", "entity": "account",
                "record_id": "\x00", "op": "upsert", "changes": {"name": "华为"}}
    call = {
        "login": lambda: server.client.post("/auth/login", json={"username": "\x00", "password": "x"}),
        "team": lambda: server.client.post("/admin/teams", json={"name": "\x00"}, headers=headers),
        "record": lambda: server.client.get("/records/account/%00", params={"schema_version": 1}, headers=headers),
        "push": lambda: server.client.post("/sync/push", headers=headers, json={
            "device_id": server.device_id, "schema_version": 1, "mutations": [mutation]}),
    }[what]
    assert call().status_code < 500

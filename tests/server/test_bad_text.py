"""Text Python can read but not write back (half a surrogate pair, bytes that are not UTF-8) in a body, a
query or a path: 422 `invalid_text` naming the place without echoing it, never a 500, and the server goes on."""

import json

import pytest

from crm_server.text_guard import SafeJSONResponse, lone_surrogate_offset
from tests.server.sync_world import PASSWORD, Device, account, new_id

HIGH, LOW = "\\ud800", "\\udc00"  # JSON escapes of a lone half, as a client's raw body carries them


def raw_json(document: dict, placeholder: str, escape: str) -> bytes:
    """`document` as JSON text with `placeholder` swapped for a raw `\\udXXX` escape (json.dumps would
    never write a lone one)."""
    return json.dumps(document, ensure_ascii=False).replace(placeholder, escape).encode()


def post(client, path: str, body: bytes, headers: dict | None = None):
    return client.post(path, content=body, headers={"Content-Type": "application/json", **(headers or {})})


def assert_refused_without_echo(answer, *loc) -> None:
    assert answer.status_code == 422, answer.text
    text = answer.content.decode("utf-8")  # the answer itself is always UTF-8
    body = json.loads(text)
    assert body["error"] == "invalid_text" and body["loc"][:len(loc)] == list(loc)
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in text)
    for echo in ("ud800", "udc00", "ud83d", "\ufffd", "secret"):
        assert echo not in text.lower()


def push_body(device: Device, changes_json: str, record_id: str = "") -> bytes:
    """A push of one new account whose `changes` are the raw JSON text `changes_json`."""
    mutation = device.mutation("account", record_id or new_id(), {"name": "PLACEHOLDER"})
    document = json.dumps({"device_id": device.device_id, "schema_version": 1, "mutations": [mutation]},
                          ensure_ascii=False)
    return document.replace('{"name": "PLACEHOLDER"}', changes_json).encode()


@pytest.mark.parametrize(("changes", "loc"), [
    ('{"' + HIGH + 'secret": "华为"}', ["body", "mutations", 0, "changes", "(field name)"]),
    ('{"name": "华为' + LOW + 'secret"}', ["body", "mutations", 0, "changes", "name"]),
    ('{"name": "x", "tags": [{"deep": ["ok", "\\ud83d secret"]}]}',
     ["body", "mutations", 0, "changes", "tags", 0, "deep", 1]),
    ('{"name": "\\ude00\\ud83d"}', ["body", "mutations", 0, "changes", "name"]),  # a pair the wrong way round
], ids=["field-name", "value", "deep-value", "reversed-pair"])
def test_a_push_with_half_a_surrogate_pair_is_refused_whole_and_the_server_goes_on(world, changes, loc):
    client, _ids = world
    wang = Device(client, "wang").login()
    assert_refused_without_echo(post(client, "/sync/push", push_body(wang, changes), wang.headers), *loc)
    wang.seq -= 1  # nothing was applied and nothing broke: the same seq pushes a good mutation next
    assert wang.upsert("account", new_id(), account())["outcome"] == "applied"
    assert client.get("/healthz").status_code == 200


def test_real_surrogate_pairs_and_escaped_backslashes_pass(world):
    client, _ids = world
    wang = Device(client, "wang").login()
    rid = new_id()
    # An ASCII-only client escapes 😀 as a pair; `\\ud800` is a backslash followed by text.
    body = push_body(wang, '{"name": "笑脸 \\ud83d\\ude00 and \\\\ud800", "status": "lead"}', rid)
    answer = post(client, "/sync/push", body, wang.headers)
    assert answer.status_code == 200 and answer.json()["results"][0]["outcome"] == "applied", answer.text
    assert wang.get("account", rid).json()["data"]["name"] == "笑脸 😀 and \\ud800"


def test_a_login_with_half_a_surrogate_pair_in_the_username_is_refused(world):
    client, _ids = world
    body = raw_json({"username": "wang@", "password": PASSWORD}, "@", LOW)
    assert_refused_without_echo(post(client, "/auth/login", body), "body", "username")
    assert Device(client, "wang").login().token


@pytest.mark.parametrize("cursor", ["%ED%A0%80", "%FF", "abc%C3"], ids=["encoded-surrogate", "not-utf8", "cut-short"])
def test_a_query_parameter_that_is_not_text_is_refused(world, cursor):
    client, _ids = world
    wang = Device(client, "wang").login()
    answer = client.get(f"/sync/pull?schema_version=1&cursor={cursor}", headers=wang.headers)
    assert_refused_without_echo(answer, "query", "cursor")
    assert_refused_without_echo(client.get("/records/account/%ED%A0%80", headers=wang.headers), "path")
    assert wang.pull_page().status_code == 200


@pytest.mark.parametrize("body", [
    b'{"username": "wang\xff", "password": "x"}',
    b'{"username": "wang\xed\xa0\x80", "password": "x"}',  # a surrogate encoded as if it were UTF-8
    '{"username": "wang\ud800", "password": "x"}'.encode("utf-16-le", "surrogatepass"),
    '{"username": "wang", "password": "x"}'.encode("utf-16"),
], ids=["stray-byte", "encoded-surrogate", "utf-16-lone-surrogate", "utf-16"])
def test_a_body_that_is_not_utf8_is_refused(world, body):
    client, _ids = world
    assert_refused_without_echo(post(client, "/auth/login", body), "body")
    assert Device(client, "wang").login().token


@pytest.mark.parametrize(("body", "lone"), [
    (rb'"\ud800"', True),
    (rb'"\uDBFF"', True),
    (rb'"x\udc00"', True),
    (rb'"\\\ud800"', True),  # an escaped backslash, then a real escape
    (rb'"\ud83d\ude00\udc00"', True),  # a pair, then a stray low half
    (rb'"\ud83d\u0041"', True),  # a high half followed by something else
    (rb'"\ud83d\\ude00"', True),  # the low half is text after an escaped backslash
    (rb'"\ud83d\ude00"', False),
    (rb'"\uD83D\uDE00"', False),
    (rb'"\\ud800"', False),  # text: a backslash and "ud800"
    (rb'"\\\\ud800"', False),
    (rb'"\u4e2d\u6587 \u00e9"', False),
    ('"中文 😀"'.encode(), False),
])
def test_the_scan_tells_lone_halves_from_pairs_and_text(body, lone):
    assert (lone_surrogate_offset(body) is not None) is lone
    decoded = json.loads(body)
    assert lone == any(0xD800 <= ord(c) <= 0xDFFF for c in decoded)  # the scan agrees with the parser


def test_an_error_answer_cannot_fail_on_text_it_cannot_encode():
    assert SafeJSONResponse({"field": "a\ud800b"}).body == b'{"field":"a?b"}'

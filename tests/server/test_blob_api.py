"""The attachment file endpoints on a real server (SQLite and PostgreSQL; chunks in the database or files in a
shared folder): chunked upload with repeats and gaps, status, ranges, a wrong hash, the admin's limits, and
who may fetch a file."""

import hashlib
import os

import pytest
from fastapi.testclient import TestClient

from crm_server.app import create_app
from crm_server.blob_storage import FolderBackend
from tests.server.sync_world import Device, account, new_id, serve

CHUNK = 1000


@pytest.fixture(params=["db", "folder"])
def blob_world(request, server_url, tmp_path):
    """(client, ids, folder or None): the small company's server, its files kept in the database or a folder."""
    folder = tmp_path / "shared-attachments" if request.param == "folder" else None
    client, ids = serve(server_url, attachments_dir=str(folder) if folder else None)
    with client:
        yield client, ids, folder
    client.app.state.engine.dispose()


def attach(device: Device, data: bytes) -> str:
    """An account of `device`'s user with an attachment record naming `data`; the file's sha256."""
    sha = hashlib.sha256(data).hexdigest()
    acc = new_id()
    assert device.upsert("account", acc, account())["outcome"] == "applied"
    result = device.upsert("attachment", new_id(), {"record_type": "account", "record_id": acc, "file_name": "a.bin",
                                                    "size": len(data), "sha256": sha, "owner_id": device.user_id})
    assert result["outcome"] == "applied"
    return sha


def put(device: Device, sha: str, size: int, offset: int, chunk: bytes):
    return device.client.put(f"/sync/blobs/{sha}", params={"size": size, "offset": offset}, content=chunk,
                             headers={**device.headers, "Content-Type": "application/octet-stream"})


def upload(device: Device, data: bytes, sha: str) -> dict:
    answer = {}
    for offset in range(0, max(len(data), 1), CHUNK):
        response = put(device, sha, len(data), offset, data[offset:offset + CHUNK])
        assert response.status_code == 200, response.text
        answer = response.json()
    return answer


def test_a_file_goes_up_in_chunks_and_comes_down_whole_or_by_range(blob_world):
    client, _ids, folder = blob_world
    wang = Device(client, "wang").login()
    data = os.urandom(3 * CHUNK + 17)  # not UTF-8: the text guard lets file chunks through
    sha = attach(wang, data)
    assert client.head(f"/sync/blobs/{sha}", headers=wang.headers).status_code == 404  # nothing held yet

    first = put(wang, sha, len(data), 0, data[:CHUNK])
    assert first.json() == {"sha256": sha, "size": len(data), "received": CHUNK, "complete": False}
    status = client.head(f"/sync/blobs/{sha}", headers=wang.headers)
    assert (status.headers["x-blob-received"], status.headers["x-blob-complete"]) == (str(CHUNK), "0")
    assert client.get(f"/sync/blobs/{sha}", headers=wang.headers).json()["error"] == "incomplete"

    assert upload(wang, data, sha)["complete"] is True
    whole = client.get(f"/sync/blobs/{sha}", headers={**wang.headers, "Accept-Encoding": "gzip"})
    assert whole.status_code == 200 and whole.content == data
    assert "content-encoding" not in whole.headers and whole.headers["accept-ranges"] == "bytes"
    if folder is not None:
        assert FolderBackend(folder).final(sha).read_bytes() == data
        assert not (folder / "partial" / sha).exists()

    ranged = client.get(f"/sync/blobs/{sha}", headers={**wang.headers, "Range": "bytes=990-2009"})
    assert ranged.status_code == 206 and ranged.content == data[990:2010]
    assert ranged.headers["content-range"] == f"bytes 990-2009/{len(data)}"
    assert client.get(f"/sync/blobs/{sha}", headers={**wang.headers, "Range": "bytes=3000-"}).content == data[3000:]
    assert client.get(f"/sync/blobs/{sha}", headers={**wang.headers, "Range": "bytes=-5"}).content == data[-5:]
    outside = client.get(f"/sync/blobs/{sha}", headers={**wang.headers, "Range": f"bytes={len(data)}-"})
    assert outside.status_code == 416 and outside.headers["content-range"] == f"bytes */{len(data)}"


def test_a_repeated_chunk_is_harmless_and_a_gap_is_refused(blob_world):
    client, _ids, _folder = blob_world
    wang = Device(client, "wang").login()
    data = os.urandom(3 * CHUNK)
    sha = attach(wang, data)
    assert put(wang, sha, len(data), 0, data[:CHUNK]).json()["received"] == CHUNK
    assert put(wang, sha, len(data), 0, data[:CHUNK]).json()["received"] == CHUNK  # the answer was lost: again

    gap = put(wang, sha, len(data), 2 * CHUNK, data[2 * CHUNK:])
    assert gap.status_code == 409 and gap.json()["error"] == "offset_gap" and gap.json()["received"] == CHUNK

    # A chunk that overlaps what is held: only its new part is kept, so no byte is there twice.
    assert put(wang, sha, len(data), CHUNK // 2, data[CHUNK // 2:2 * CHUNK]).json()["received"] == 2 * CHUNK
    assert put(wang, sha, len(data), 2 * CHUNK, data[2 * CHUNK:]).json()["complete"] is True
    assert put(wang, sha, len(data), 2 * CHUNK, data[2 * CHUNK:]).json()["complete"] is True  # after the end too
    assert client.get(f"/sync/blobs/{sha}", headers=wang.headers).content == data

    wrong_size = put(wang, sha, len(data) + 1, 0, data[:CHUNK])
    assert wrong_size.status_code == 409 and wrong_size.json()["error"] == "size_mismatch"
    past = put(wang, attach(wang, b"xyz"), 3, 2, b"z")
    assert past.status_code == 409 and past.json()["error"] == "offset_gap"
    beyond = put(wang, attach(wang, b"abc"), 3, 0, b"abcd")
    assert beyond.status_code == 422 and beyond.json()["error"] == "beyond_size"


def test_bytes_that_do_not_match_their_hash_are_dropped(blob_world):
    client, _ids, folder = blob_world
    wang = Device(client, "wang").login()
    data = os.urandom(2 * CHUNK)
    sha = attach(wang, data)
    assert put(wang, sha, len(data), 0, data[:CHUNK]).status_code == 200
    spoiled = put(wang, sha, len(data), CHUNK, bytes(CHUNK))
    assert spoiled.status_code == 422 and spoiled.json()["error"] == "hash_mismatch"
    assert client.head(f"/sync/blobs/{sha}", headers=wang.headers).status_code == 404  # nothing kept
    if folder is not None:
        assert not any(p.is_file() for p in folder.rglob("*"))
    assert upload(wang, data, sha)["complete"] is True  # sent again, right this time
    assert client.get(f"/sync/blobs/{sha}", headers=wang.headers).content == data

    empty = attach(wang, b"")
    assert put(wang, empty, 0, 0, b"").json() == {"sha256": empty, "size": 0, "received": 0, "complete": True}
    assert client.get(f"/sync/blobs/{empty}", headers=wang.headers).content == b""


def test_the_admin_limits_files_and_each_users_total(blob_world):
    client, _ids, _folder = blob_world
    wang, boss = Device(client, "wang").login(), Device(client, "boss").login()
    limits = client.get("/sync/blobs/limits", headers=wang.headers).json()
    assert limits == {"max_file_bytes": 50 * 1024 * 1024, "max_user_bytes": 5 * 1024**3, "used_bytes": 0}

    body = {"max_file_bytes": 2 * CHUNK, "max_user_bytes": 3 * CHUNK}
    assert client.put("/admin/attachment-limits", json=body, headers=wang.headers).status_code == 403
    assert client.put("/admin/attachment-limits", json=body, headers=boss.headers).status_code == 200
    assert client.get("/sync/blobs/limits", headers=wang.headers).json()["max_file_bytes"] == 2 * CHUNK

    big = os.urandom(2 * CHUNK + 1)
    refused = put(wang, attach(wang, big), len(big), 0, big[:CHUNK])
    assert refused.status_code == 413
    assert refused.json() == {"error": "file_too_large", "limit": 2 * CHUNK, "size": len(big),
                              "message": f"files are limited to {2 * CHUNK} bytes"}

    first = os.urandom(2 * CHUNK)
    upload(wang, first, attach(wang, first))
    second = os.urandom(2 * CHUNK)
    over = put(wang, attach(wang, second), len(second), 0, second[:CHUNK])
    assert over.status_code == 413 and over.json()["error"] == "quota_exceeded"
    assert over.json()["used"] == 2 * CHUNK and over.json()["limit"] == 3 * CHUNK
    assert client.get("/sync/blobs/limits", headers=wang.headers).json()["used_bytes"] == 2 * CHUNK


def test_only_who_sees_an_attachment_of_a_file_fetches_it(blob_world):
    client, _ids, _folder = blob_world
    wang, li = Device(client, "wang").login(), Device(client, "li").login()
    chen, zhao = Device(client, "chen").login(), Device(client, "zhao").login()
    data = b"signed contract " * 100
    sha = attach(wang, data)
    upload(wang, data, sha)

    assert client.get(f"/sync/blobs/{sha}", headers=chen.headers).content == data  # wang's manager
    for outsider in (li, zhao):  # a teammate without the account, another team's rep
        assert client.get(f"/sync/blobs/{sha}", headers=outsider.headers).status_code == 404
        assert client.head(f"/sync/blobs/{sha}", headers=outsider.headers).status_code == 404
        assert put(outsider, sha, len(data), 0, data).status_code == 404
    assert client.get(f"/sync/blobs/{sha}").status_code == 401

    # A file no record names cannot be sent at all, and a hash must look like one.
    stray = hashlib.sha256(b"stray").hexdigest()
    assert put(wang, stray, 5, 0, b"stray").status_code == 404
    assert put(wang, "not-a-hash", 5, 0, b"stray").json()["error"] == "invalid_request"


def test_any_node_takes_the_next_chunk_and_serves_the_file(blob_world):
    """Two server processes on one database (and one shared folder): a file begun on one node is finished on
    the other, and either serves it."""
    client, _ids, _folder = blob_world
    with TestClient(create_app(client.app.state.settings)) as other:
        wang = Device(client, "wang").login()
        data = os.urandom(3 * CHUNK)
        sha = attach(wang, data)
        assert put(wang, sha, len(data), 0, data[:CHUNK]).json()["received"] == CHUNK
        on_other = Device(other, "wang", token=wang.token)
        assert put(on_other, sha, len(data), CHUNK, data[CHUNK:]).json()["complete"] is True
        for node in (client, other):
            assert node.get(f"/sync/blobs/{sha}", headers=wang.headers).content == data
        other.app.state.engine.dispose()

"""Attachment files between laptops through the real server (PostgreSQL; chunks in the database or files in a
shared folder): records first, files later; a transfer cut or cancelled midway resumes from the bytes already
held on the other side, sending none twice; the admin's limits reach the laptop and refuse a file early; only
who may see the attachment fetches its file."""

from __future__ import annotations

import os
import threading
from datetime import timedelta
from pathlib import Path

import httpx
import psycopg
import pytest

from crm_desktop.controllers.sync.files import FileSync
from crm_desktop.domain.attachments.entities import AttachmentError, AttachmentProblem
from crm_desktop.domain.common.ids import utcnow
from crm_desktop.store.models.attachments import LocalBlob
from crm_desktop.sync.blob_wire import BlobWire, FileRefusedError
from crm_desktop.sync.blobs import LIMITS_KEY, NOT_YET_UPLOADED
from crm_desktop.sync.transport import Transport
from crm_desktop.tasks import TaskCancelledError, TaskState
from crm_protocol.blobs import CHUNK_BYTES
from tests.server.sync_world import PASSWORD, serve
from tests.sync.laptops import SERVER, Laptop, Wire


class Cut(httpx.BaseTransport):
    """Between a laptop and the server: counts the file bytes each way, and can lose the answer to the n-th
    chunk sent (the server took it), stop after the n-th chunk (`then`, e.g. a cancel), or cut a download
    after n bytes."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner, self.lock = inner, threading.Lock()  # files travel side by side
        self.puts, self.put_bytes, self.got_bytes, self.ranges = 0, 0, 0, []
        self.lose_answer_to: int | None = None
        self.after_put: tuple[int, object] | None = None
        self.cut_download_at: int | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        blob = request.url.path.startswith("/sync/blobs/") and not request.url.path.endswith("/limits")
        if blob and request.method == "PUT":
            with self.lock:
                self.puts += 1
                self.put_bytes += len(request.read())
                number = self.puts
        response = self.inner.handle_request(request)
        if blob and request.method == "PUT":
            if number == self.lose_answer_to:
                raise httpx.ReadError("the connection dropped before the answer", request=request)
            if self.after_put is not None and number == self.after_put[0]:
                self.after_put[1]()
        if blob and request.method == "GET" and response.status_code in (200, 206):
            self.ranges.append(request.headers.get("range"))
            body = response.read()
            with self.lock:
                cut, self.cut_download_at = self.cut_download_at, None
                self.got_bytes += len(body[:cut] if cut is not None else body)
            if cut is not None:
                return httpx.Response(response.status_code, headers=_without_length(response.headers),
                                      stream=_Broken(body[:cut]))
        return response


class _Broken(httpx.SyncByteStream):
    def __init__(self, body: bytes) -> None:
        self.body = body

    def __iter__(self):
        yield self.body
        raise httpx.ReadError("the connection dropped mid-file")


def _without_length(headers: httpx.Headers) -> dict[str, str]:
    return {k: v for k, v in headers.items() if k.lower() != "content-length"}


class FileLaptop(Laptop):
    """A laptop whose connection goes through a Cut."""

    def open(self) -> None:
        super().open()
        self.cut = Cut(Wire(self.client._transport, self))
        self.app.sync._client_factory = lambda _server, _ca: httpx.Client(base_url=SERVER, transport=self.cut)

    def account_with(self, name: str) -> str:
        return self.new_account(name)

    def attach(self, account_id: str, path: Path) -> str:
        return self.app.attachments.attach_file("account", account_id, path).id

    def read(self, attachment_id: str) -> bytes:
        with self.app.attachments.open(attachment_id) as f:
            return f.read()

    def blob(self, sha: str) -> LocalBlob | None:
        with self.app.store.sessions() as s:
            return s.get(LocalBlob, sha)


@pytest.fixture(params=["db", "folder"])
def company(request, postgres_url, tmp_path):
    """(laptop maker, server database URL, shared folder or None)."""
    folder = tmp_path / "shared" if request.param == "folder" else None
    client, _ids = serve(postgres_url, attachments_dir=str(folder) if folder else None)
    opened: list[FileLaptop] = []

    def laptop(username: str, name: str) -> FileLaptop:
        made = FileLaptop(client, tmp_path / f"{name}.db", username, tmp_path / "computers" / name)
        opened.append(made)
        return made.log_in()

    with client:
        yield laptop, postgres_url, folder
        for each in opened:
            each.close()
    client.app.state.engine.dispose()


def write(tmp_path: Path, name: str, size: int) -> Path:
    path = tmp_path / name
    path.write_bytes(os.urandom(size))
    return path


def stored_chunks(url: str, sha: str) -> tuple[int, int]:
    """(chunks, bytes) the server's database holds for the file."""
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        return conn.execute("SELECT count(*), coalesce(sum(length(data)), 0) FROM blob_chunks WHERE sha256 = %s",
                            [sha]).fetchone()


def test_files_follow_their_records_to_the_other_laptop(company, tmp_path):
    laptop, url, folder = company
    office, home = laptop("wang", "office"), laptop("chen", "manager")
    customer = office.account_with("恒通贸易")
    contract = write(tmp_path, "合同.pdf", 2 * CHUNK_BYTES + 1234)  # three chunks
    photo = write(tmp_path, "门头.jpg", 5000)
    ids = [office.attach(customer, contract), office.attach(customer, photo)]
    again = office.attach(office.account_with("恒通贸易二部"), photo)  # the same file on another record
    shas = {office.app.attachments.get(i).sha256 for i in ids}
    assert {office.blob(sha).uploaded for sha in shas} == {False}

    seen = []
    report = office.app.sync.sync(TaskState(lambda done, total, phase: seen.append((done, total, phase))))
    assert (report.pending, report.files_sent, report.files_failed, report.files_error) == (0, 2, 0, None)
    assert seen[-1] == (2, 2, "files")
    assert {office.blob(sha).uploaded for sha in shas} == {True}
    assert office.cut.put_bytes == contract.stat().st_size + photo.stat().st_size  # each file once
    if folder is None:
        assert stored_chunks(url, office.app.attachments.get(ids[0]).sha256) == (3, contract.stat().st_size)
    else:
        assert sorted(p.stat().st_size for p in folder.rglob("*") if p.is_file()) == [5000, contract.stat().st_size]

    assert not home.app.attachments.is_available(ids[0]) if _has(home, ids[0]) else True
    report = home.sync()
    assert (report.files_received, report.files_failed) == (2, 0)
    assert home.read(ids[0]) == contract.read_bytes()
    assert home.read(ids[1]) == home.read(again) == photo.read_bytes()
    assert home.sync().files_received == 0  # nothing fetched twice


def _has(laptop: FileLaptop, attachment_id: str) -> bool:
    try:
        laptop.app.attachments.get(attachment_id)
    except Exception:
        return False
    return True


def test_an_upload_cut_midway_resumes_after_a_restart(company, tmp_path):
    laptop, url, folder = company
    office = laptop("wang", "office")
    big = write(tmp_path, "报价单.pdf", 5 * CHUNK_BYTES - 10)
    attachment = office.attach(office.account_with("远航物流"), big)
    sha = office.app.attachments.get(attachment).sha256

    office.cut.lose_answer_to = 3  # the server took three chunks; the laptop heard of two
    report = office.sync()
    assert (report.pending, report.files_sent, report.files_error) == (0, 0, "offline")
    assert "offline" in office.blob(sha).last_error and office.blob(sha).attempts == 0  # not the file's fault

    home = laptop("wang", "home")  # has the record, and the file is not all there yet: no failure, asked later
    report = home.sync()
    assert (report.files_received, report.files_failed, report.files_waiting) == (0, 0, 1)
    assert home.blob(sha).last_error == NOT_YET_UPLOADED and home.blob(sha).attempts == 0
    assert home.sync().files_waiting == 1 and home.cut.ranges == []  # not asked again at once

    office.close()  # the process dies; a new one opens the store
    office.open()
    assert office.sync().files_sent == 1
    assert office.cut.put_bytes == big.stat().st_size - 3 * CHUNK_BYTES  # only the chunks the server did not hold
    assert office.blob(sha).uploaded and office.blob(sha).last_error is None
    if folder is None:
        assert stored_chunks(url, sha) == (5, big.stat().st_size)  # no byte twice

    with home.app.sync._connected() as transport:  # a minute later
        later = FileSync(home.app.store, transport, clock=lambda: utcnow() + timedelta(minutes=2)).run()
    assert later.received == 1 and home.read(attachment) == big.read_bytes()


def test_a_cancelled_upload_and_a_cut_download_resume_where_they_stopped(company, tmp_path):
    laptop, _url, _folder = company
    office, home = laptop("wang", "office"), laptop("wang", "home")
    big = write(tmp_path, "图纸.dwg", 4 * CHUNK_BYTES + 99)
    attachment = office.attach(office.account_with("华建设计院"), big)

    state = TaskState()
    office.cut.after_put = (2, state.cancel)  # the user presses Stop while the second chunk is on its way
    with pytest.raises(TaskCancelledError):
        office.app.sync.sync(state)
    assert office.cut.put_bytes == 2 * CHUNK_BYTES
    assert office.sync().files_sent == 1
    assert office.cut.put_bytes == big.stat().st_size  # the rest, from where the server stood

    home.cut.cut_download_at = CHUNK_BYTES + 500  # the line drops inside the second chunk
    report = home.sync()
    assert (report.files_received, report.files_error) == (0, "offline")
    assert not home.app.attachments.is_available(attachment)
    assert home.sync().files_received == 1
    assert home.cut.ranges == [None, f"bytes={CHUNK_BYTES + 500}-"]  # resumed at the first byte not held
    assert home.cut.got_bytes == big.stat().st_size  # no byte fetched twice
    assert home.read(attachment) == big.read_bytes()


def test_the_admins_limits_reach_the_laptop_and_refuse_a_file(company, tmp_path):
    laptop, _url, _folder = company
    office = laptop("wang", "office")
    customer = office.account_with("大华电子")
    early = office.attach(customer, write(tmp_path, "扫描件.tif", 120_000))  # attached before the limits were known

    boss = Transport(SERVER, client=office.client)
    boss.login("boss", PASSWORD, "boss's laptop")
    answer = office.client.put("/admin/attachment-limits", json={"max_file_bytes": 100_000, "max_user_bytes": 10**9},
                               headers={"Authorization": f"Bearer {boss.tokens.access_token}"})
    assert answer.status_code == 200

    report = office.sync()
    assert (report.pending, report.files_sent, report.files_failed) == (0, 0, 1)  # the record went; its file not
    sha = office.app.attachments.get(early).sha256
    assert (office.blob(sha).last_error, office.blob(sha).attempts, office.blob(sha).uploaded) == \
           ("file_too_large", 1, False)
    with office.app.store.sessions() as s:
        from crm_desktop.store.repositories.sync import SyncStateRepository

        assert SyncStateRepository(s).value(LIMITS_KEY) == {"max_file_bytes": 100_000, "max_user_bytes": 10**9}
    assert office.app.attachments.limits() == (100_000, 10**9)

    with pytest.raises(AttachmentError) as refused:  # refused when attached, offline, before anything is written
        office.attach(customer, write(tmp_path, "视频.mp4", 100_001))
    assert refused.value.problem == AttachmentProblem.TOO_LARGE

    puts = office.cut.puts
    report = office.sync()  # backing off: not tried again at once
    assert (report.files_failed, report.files_waiting, office.cut.puts) == (0, 1, puts)


def test_only_who_sees_the_attachment_fetches_its_file(company, tmp_path):
    laptop, _url, _folder = company
    office, other_team = laptop("wang", "office"), laptop("zhao", "west")
    contract = write(tmp_path, "合同.pdf", 3000)
    attachment = office.attach(office.account_with("恒通贸易"), contract)
    assert office.sync().files_sent == 1
    sha = office.app.attachments.get(attachment).sha256

    assert other_team.sync().files_received == 0
    assert not _has(other_team, attachment)  # the record never reached them
    transport = Transport(SERVER, tokens=other_team.app.sync._tokens(other_team.app.sync.account()),
                          client=httpx.Client(base_url=SERVER, transport=other_team.cut))
    wire = BlobWire(transport)
    assert wire.status(sha) is None
    with pytest.raises(FileRefusedError) as refused, wire.download(sha, 0):
        pass
    assert refused.value.code == "not_found"
    with pytest.raises(FileRefusedError):
        wire.put(sha, 3000, 0, contract.read_bytes())
    assert FileSync(other_team.app.store, transport).run().received == 0


def test_files_sent_side_by_side_stop_at_a_lost_connection_and_finish_next_round(company, tmp_path):
    laptop, _url, _folder = company
    office, home = laptop("wang", "office"), laptop("wang", "home")
    customer = office.account_with("华东客户池")
    photos = [write(tmp_path, f"照片{i}.jpg", 3000 + i) for i in range(8)]
    ids = [office.attach(customer, p) for p in photos]

    office.cut.lose_answer_to = 3
    first = office.sync()
    assert first.files_error == "offline" and first.files_sent < 8
    second = office.sync()
    assert first.files_sent + second.files_sent == 8 and second.files_error is None
    assert office.app.sync.files_status().to_send == 0

    report = home.sync()
    assert (report.files_received, report.files_failed) == (8, 0)
    assert [home.read(i) for i in ids] == [p.read_bytes() for p in photos]

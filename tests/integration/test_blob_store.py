"""Attachment files on a real store: encrypted at rest (the plaintext is nowhere on disk), read back whole or by
range, a download resumed after the app is killed, a wrong hash refused, a full disk leaving nothing behind."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.store.blob_format import CHUNK, BlobFormatError
from crm_desktop.store.blobs import BlobStore
from crm_desktop.store.disk_full import DiskFullError
from crm_desktop.store.models.attachments import LocalBlob
from tests.fakes import ScriptedAsk
from tests.small_disk import fill, small_disk

SECRET = b"SIGNED-CONTRACT-42 "


@pytest.fixture
def secure(db_path):
    crm = CrmApp.open_secure(db_path, ScriptedAsk())
    yield crm
    crm.close()


def _all_bytes_under(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def _row(crm, sha: str) -> LocalBlob | None:
    with crm.store.sessions() as session:
        return session.get(LocalBlob, sha)


def test_an_encrypted_store_keeps_files_encrypted_and_reads_them_back(secure, tmp_path):
    blobs = secure.store.blobs
    data = SECRET * 20_000  # 380 KB: several chunks and a short last one
    source = tmp_path / "contract.txt"
    source.write_bytes(data)
    sha, size = blobs.put_file(source)
    assert (sha, size) == (hashlib.sha256(data).hexdigest(), len(data))
    assert blobs.folder == secure.db_path.with_name("crm.files")
    assert blobs.path_of(sha).parent.name == sha[:2]
    on_disk = _all_bytes_under(blobs.folder)
    assert SECRET not in on_disk and b"CONTRACT" not in on_disk
    assert blobs.has(sha) and blobs.size(sha) == len(data)
    with blobs.open_plain(sha) as stream:
        assert stream.read() == data
    out = tmp_path / "out" / "back.txt"
    out.parent.mkdir()
    blobs.export_to(sha, out)
    assert out.read_bytes() == data
    row = _row(secure, sha)
    assert row is not None and row.present and row.size == len(data) and not row.uploaded
    # The same file again is not rewritten.
    before = blobs.path_of(sha).stat()
    assert blobs.put_bytes(data) == (sha, size)
    after = blobs.path_of(sha).stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_a_plain_store_keeps_plain_files(crm):
    sha, _ = crm.store.blobs.put_bytes(SECRET * 10)
    assert not crm.store.blobs.encrypted
    assert SECRET * 10 in crm.store.blobs.path_of(sha).read_bytes()
    assert crm.store.blobs.read_range(sha, 0, 1000) == SECRET * 10


def test_ranges_are_read_across_chunks(secure):
    blobs = secure.store.blobs
    data = os.urandom(3 * CHUNK + 1234)
    sha, _ = blobs.put_bytes(data)
    for offset, length in [(0, 10), (CHUNK - 5, 10), (CHUNK, CHUNK), (100, 2 * CHUNK + 77),
                           (len(data) - 3, 100), (len(data), 5), (0, len(data) + 10), (5, 0)]:
        assert blobs.read_range(sha, offset, length) == data[offset:offset + length], (offset, length)
    with blobs.open_plain(sha) as stream:
        stream.seek(2 * CHUNK + 7)
        assert stream.read(20) == data[2 * CHUNK + 7:2 * CHUNK + 27]
    assert blobs.put_bytes(b"") == (hashlib.sha256(b"").hexdigest(), 0)
    assert blobs.read_range(hashlib.sha256(b"").hexdigest(), 0, 10) == b""


def test_a_file_sealed_with_another_key_is_refused_not_misread(secure, tmp_path):
    sha, _ = secure.store.blobs.put_bytes(SECRET * 100)
    other = BlobStore(secure.store.blobs.folder, None, secure.store.sessions)
    with pytest.raises(BlobFormatError):
        other.read_range(sha, 0, 10)
    damaged = bytearray(secure.store.blobs.path_of(sha).read_bytes())
    damaged[-1] ^= 1
    secure.store.blobs.path_of(sha).write_bytes(bytes(damaged))
    with pytest.raises(BlobFormatError):
        secure.store.blobs.read_range(sha, 0, 10)


def test_a_download_resumes_after_a_kill_and_only_the_right_bytes_become_a_file(db_path):
    data = os.urandom(5 * CHUNK + 999)
    sha = hashlib.sha256(data).hexdigest()
    crm = CrmApp.open_secure(db_path, ScriptedAsk())
    blobs = crm.store.blobs
    assert blobs.begin_receive(sha, len(data)) == 0
    held = 0
    for start in range(0, 2 * CHUNK + 5000, 7000):  # pieces that straddle chunk boundaries
        held = blobs.receive(sha, start, data[start:start + 7000])
    assert held == 2 * CHUNK + 5000 + (7000 - (2 * CHUNK + 5000) % 7000) % 7000
    assert not blobs.has(sha)
    assert SECRET not in _all_bytes_under(blobs.folder)
    crm.close()  # the app is killed here: what it wrote is on disk

    crm = CrmApp.open_secure(db_path, ScriptedAsk())
    blobs = crm.store.blobs
    assert blobs.begin_receive(sha, len(data)) == held
    assert _row(crm, sha).transferred == held
    assert blobs.receive(sha, held - 100, data[held - 100:held + 50_000]) == held + 50_000  # overlap skipped
    with pytest.raises(ValueError):
        blobs.receive(sha, held + 60_000, b"x")  # a gap
    # A chunk torn by a kill in the middle of its write is dropped and received again.
    part = blobs.path_of(sha).with_suffix(".part")
    with open(part, "ab") as f:
        f.write(os.urandom(CHUNK // 2))
    resumed = blobs.begin_receive(sha, len(data))
    assert resumed == held + 50_000
    blobs.receive(sha, resumed, data[resumed:])
    assert blobs.finish_receive(sha)
    assert blobs.has(sha) and blobs.read_range(sha, 0, len(data)) == data
    assert not part.exists() and not part.with_suffix(".tail").exists()
    row = _row(crm, sha)
    assert row.present and row.uploaded and row.transferred == len(data)
    assert blobs.begin_receive(sha, len(data)) == len(data)
    crm.close()


def test_a_download_with_the_wrong_bytes_is_discarded(secure):
    blobs = secure.store.blobs
    data = os.urandom(CHUNK + 10)
    sha = hashlib.sha256(data).hexdigest()
    blobs.begin_receive(sha, len(data))
    blobs.receive(sha, 0, data[:-1] + bytes([data[-1] ^ 1]))
    assert not blobs.finish_receive(sha)
    assert not blobs.has(sha) and not blobs.path_of(sha).with_suffix(".part").exists()
    row = _row(secure, sha)
    assert not row.present and row.last_error and row.transferred == 0
    assert blobs.begin_receive(sha, len(data)) == 0  # from the start again
    with pytest.raises(ValueError):
        blobs.path_of("../../etc/passwd")  # a name from the server is never a path


def test_files_no_attachment_refers_to_are_purged_in_a_later_session(db_path):
    crm = CrmApp.open(db_path)
    sha, _ = crm.store.blobs.put_bytes(b"orphan")
    assert crm.store.blobs.delete_unreferenced() == 0  # just put: an attachment may be about to refer to it
    crm.close()
    crm = CrmApp.open(db_path)
    assert crm.store.blobs.delete_unreferenced() == 1
    assert not crm.store.blobs.has(sha) and _row(crm, sha) is None
    crm.close()


def test_a_full_disk_raises_disk_full_and_leaves_nothing_half_written(tmp_path):
    with small_disk(tmp_path, 4096) as small:
        crm = CrmApp.open(small / "crm.db")
        blobs = crm.store.blobs
        kept, _ = blobs.put_bytes(b"kept before the disk filled")
        data = os.urandom(2 * 1024 * 1024)
        sha = hashlib.sha256(data).hexdigest()
        filler = fill(small, leave_kib=512)
        with pytest.raises(DiskFullError):
            blobs.put_bytes(data)
        assert not blobs.has(sha)
        assert [p.name for p in blobs.folder.rglob("*") if p.is_file()] == [kept]
        # A download: what was received before the disk filled stays, the failed piece leaves no trace.
        assert blobs.begin_receive(sha, len(data)) == 0
        held = blobs.receive(sha, 0, data[:100_000])
        with pytest.raises(DiskFullError):
            blobs.receive(sha, held, data[held:])
        filler.unlink()
        assert blobs.begin_receive(sha, len(data)) == held
        blobs.receive(sha, held, data[held:])
        assert blobs.finish_receive(sha) and blobs.read_range(sha, 0, len(data)) == data
        assert blobs.read_range(kept, 0, 100) == b"kept before the disk filled"
        crm.close()


def test_files_a_plain_store_left_are_sealed_once_it_is_encrypted(crm):
    from crm_desktop.store.blob_seal import seal_plain_files
    from crm_desktop.store.cipher import new_key

    data = SECRET * 5000
    sha, _ = crm.store.blobs.put_bytes(data)
    key = new_key()
    sealed = BlobStore(crm.store.blobs.folder, key, crm.store.sessions)
    assert sealed.read_range(sha, 0, len(data)) == data  # a plain file still reads after the store is encrypted
    assert seal_plain_files(crm.store.blobs.folder, key) == 1
    assert SECRET not in _all_bytes_under(crm.store.blobs.folder)
    assert sealed.read_range(sha, 0, len(data)) == data
    assert seal_plain_files(crm.store.blobs.folder, key) == 0  # once

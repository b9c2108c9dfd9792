"""Attachments through the controller and the command line on a real store: attached within the admin's limits
(nothing written otherwise), journaled so they sync, kept when the record or the attachment is deleted, and
carried by backups: a restored store has its files."""

from __future__ import annotations

import hashlib
import json
import os
import shutil

import pytest

from crm_desktop.cli.main import main
from crm_desktop.controllers.security.controller import restore_store
from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.attachments.entities import AttachmentError, AttachmentProblem
from crm_desktop.domain.common.validation import NotFoundError
from crm_desktop.domain.customers.entities import AccountInput
from crm_desktop.store.blob_copy import blob_dir_for
from crm_desktop.store.models import OutboxEntry
from tests.fakes import ScriptedAsk

PHOTO = b"\x89PNG\r\n\x1a\n" + b"signed form " * 1000


@pytest.fixture
def secure(db_path):
    crm = CrmApp.open_secure(db_path, ScriptedAsk())
    yield crm
    crm.close()


def _files_and_rows(crm) -> tuple[list[str], int, int]:
    with crm.store.engine.connect() as conn:
        attachments = conn.exec_driver_sql("SELECT count(*) FROM attachments").scalar()
        blobs = conn.exec_driver_sql("SELECT count(*) FROM local_blobs").scalar()
    folder = crm.store.blobs.folder
    return sorted(p.name for p in folder.rglob("*") if p.is_file()), attachments, blobs


def test_a_file_is_attached_listed_exported_and_journaled(secure, tmp_path):
    crm = secure
    account = crm.customers.create_account(AccountInput(name="华东电气"))
    photo = tmp_path / "签字单.png"
    photo.write_bytes(PHOTO)
    found = crm.attachments.attach_file("account", account.id, photo, kind="photo")
    assert (found.file_name, found.size, found.content_type, found.kind) == ("签字单.png", len(PHOTO), "image/png",
                                                                            "photo")
    assert found.sha256 == hashlib.sha256(PHOTO).hexdigest() and found.is_image and found.available
    assert [a.id for a in crm.attachments.list_for("account", account.id)] == [found.id]
    assert crm.attachments.is_available(found.id)
    assert crm.attachments.preview_bytes(found.id) == PHOTO
    with crm.attachments.open(found.id) as stream:
        assert stream.read() == PHOTO
    assert crm.attachments.export(found.id, tmp_path / "back.png").read_bytes() == PHOTO
    copy = crm.attachments.open_copy(found.id)
    assert copy.name == "签字单.png" and copy.read_bytes() == PHOTO
    assert crm.attachments.used_bytes() == len(PHOTO)
    with crm.store.sessions() as session:
        pushed = [(e.entity, e.record_id, e.op) for e in session.query(OutboxEntry).filter_by(entity="attachment")]
    assert pushed == [("attachment", found.id, "upsert")]
    crm.attachments.close()  # as the app closes
    assert not copy.exists()  # the plaintext copy goes with the app


def test_limits_refuse_before_anything_is_written(secure, tmp_path):
    crm = secure
    account = crm.customers.create_account(AccountInput(name="华东电气"))
    crm.attachments.set_limits(max_file=1000, max_user=2500)
    assert crm.attachments.limits() == (1000, 2500)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF" + b"x" * 1000)
    with pytest.raises(AttachmentError) as info:
        crm.attachments.attach_file("account", account.id, big)
    assert info.value.problem is AttachmentProblem.TOO_LARGE and "big.pdf" in str(info.value)
    for i in range(2):
        (tmp_path / f"{i}.txt").write_bytes(bytes([i]) * 1000)
        crm.attachments.attach_file("account", account.id, tmp_path / f"{i}.txt")
    (tmp_path / "third.txt").write_bytes(b"3" * 900)
    with pytest.raises(AttachmentError) as info:
        crm.attachments.attach_file("account", account.id, tmp_path / "third.txt")
    assert info.value.problem is AttachmentProblem.OVER_QUOTA
    with pytest.raises(AttachmentError) as info:
        crm.attachments.attach_file("account", account.id, tmp_path / "missing.txt")
    assert info.value.problem is AttachmentProblem.MISSING
    with pytest.raises(AttachmentError) as info:
        crm.attachments.attach_file("account", account.id, tmp_path)  # a folder
    assert info.value.problem is AttachmentProblem.MISSING
    if os.geteuid() != 0:  # root reads anything
        locked = tmp_path / "locked.txt"
        locked.write_bytes(b"x")
        locked.chmod(0)
        with pytest.raises(AttachmentError) as info:
            crm.attachments.attach_file("account", account.id, locked)
        assert info.value.problem is AttachmentProblem.UNREADABLE
    with pytest.raises(NotFoundError):
        crm.attachments.attach_file("contact", "no-such-id", tmp_path / "0.txt")
    files, attachments, _ = _files_and_rows(crm)
    assert attachments == 2 and len(files) == 2
    # A deleted attachment no longer counts against the limit.
    crm.attachments.delete(crm.attachments.list_for("account", account.id)[0].id)
    crm.attachments.attach_file("account", account.id, tmp_path / "third.txt")


def test_deleting_keeps_the_files_until_the_tombstone_is_purged(db_path, tmp_path):
    crm = CrmApp.open(db_path)
    account = crm.customers.create_account(AccountInput(name="华东电气"))
    (tmp_path / "a.txt").write_bytes(b"quote v1")
    (tmp_path / "b.txt").write_bytes(b"quote v2")
    a = crm.attachments.attach_file("account", account.id, tmp_path / "a.txt")
    b = crm.attachments.attach_file("account", account.id, tmp_path / "b.txt")
    crm.attachments.delete(a.id)
    crm.customers.delete_account(account.id)
    with pytest.raises(NotFoundError):
        crm.attachments.delete(a.id)
    crm.close()
    crm = CrmApp.open(db_path)
    assert crm.attachments.list_for("account", account.id) == [crm.attachments.get(b.id)]
    assert crm.store.blobs.delete_unreferenced() == 0  # tombstones are still here: both files stay
    assert crm.store.blobs.has(a.sha256) and crm.store.blobs.has(b.sha256)
    with crm.store.engine.begin() as conn:  # the tombstone purged
        conn.exec_driver_sql("DELETE FROM attachments WHERE id = ?", (a.id,))
    assert crm.store.blobs.delete_unreferenced() == 1
    assert not crm.store.blobs.has(a.sha256) and crm.store.blobs.has(b.sha256)
    crm.close()


def test_backups_carry_the_files_and_a_restore_brings_them_back(secure, db_path, tmp_path):
    crm = secure
    account = crm.customers.create_account(AccountInput(name="华东电气"))
    data = os.urandom(300_000)
    (tmp_path / "drawing.dwg").write_bytes(data)
    found = crm.attachments.attach_file("account", account.id, tmp_path / "drawing.dwg")
    backup = crm.security.backup_now()
    assert (blob_dir_for(backup) / found.sha256[:2] / found.sha256).is_file()
    (tmp_path / "usb").mkdir()
    elsewhere = crm.security.backup_now(tmp_path / "usb" / "copy.db")
    assert (tmp_path / "usb" / "copy.files" / found.sha256[:2] / found.sha256).is_file()
    key = crm.store.key
    crm.close()
    shutil.rmtree(blob_dir_for(db_path))  # the files are lost
    restore_store(db_path, backup, key)
    crm = CrmApp.open_secure(db_path, ScriptedAsk())
    assert crm.attachments.is_available(found.id)
    assert crm.attachments.preview_bytes(found.id) == data
    crm.close()
    # On another laptop: the backup copied there with its folder.
    other = tmp_path / "new-laptop" / "crm.db"
    restore_store(other, elsewhere, key)
    crm2 = CrmApp.open(other, key=key)
    assert crm2.attachments.preview_bytes(found.id) == data
    crm2.close()
    # Rotating a daily backup away takes its files too.
    from crm_desktop.store import backups

    daily = backups.copy_store(db_path, key, backups.backup_dir_for(db_path) / backups.backup_name(db_path, "daily"))
    assert blob_dir_for(daily).is_dir()
    assert backups.rotate(db_path, "daily", 0) == [daily]
    assert not blob_dir_for(daily).exists()


def _cli(capsys, db_path, *args) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), "--lang", "en", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_command_line_attaches_and_lists(capsys, db_path, tmp_path):
    crm = CrmApp.open(db_path)
    account = crm.customers.create_account(AccountInput(name="华东电气"))
    crm.attachments.set_limits(max_file=50_000, max_user=10_000_000)
    crm.close()
    (tmp_path / "报价单.pdf").write_bytes(b"%PDF-1.4 quote")
    code, out, _ = _cli(capsys, db_path, "attach", account.id, str(tmp_path / "报价单.pdf"), "--json")
    assert code == 0
    made = json.loads(out)
    assert made["file_name"] == "报价单.pdf" and made["content_type"] == "application/pdf" and made["size"] == 14
    code, out, _ = _cli(capsys, db_path, "attachments", account.id)
    assert code == 0 and "报价单.pdf" in out and "on this computer" in out
    code, out, _ = _cli(capsys, db_path, "attachments", account.id, "--json")
    assert [a["id"] for a in json.loads(out)] == [made["id"]]

    (tmp_path / "huge.bin").write_bytes(b"0" * 60_000)
    for args, words in [((account.id, str(tmp_path / "nope.pdf")), "does not exist"),
                        ((account.id, str(tmp_path / "huge.bin")), "larger than"),
                        (("no-such-record", str(tmp_path / "报价单.pdf")), "has the id no-such-record")]:
        code, out, err = _cli(capsys, db_path, "attach", *args)
        assert code != 0 and words in err and not out, (args, err)
    code, out, _ = _cli(capsys, db_path, "attachments", account.id, "--json")
    assert len(json.loads(out)) == 1  # nothing written by the refusals
    crm = CrmApp.open(db_path)
    files, attachments, blobs = _files_and_rows(crm)
    assert (len(files), attachments, blobs) == (1, 1, 1)
    crm.close()


def test_a_backup_whose_files_fill_the_disk_leaves_nothing_behind(secure, tmp_path):
    from crm_desktop.controllers.security.controller import BackupError, BackupProblem
    from tests.small_disk import small_disk

    crm = secure
    account = crm.customers.create_account(AccountInput(name="华东电气"))
    (tmp_path / "scan.pdf").write_bytes(os.urandom(6 * 1024 * 1024))
    crm.attachments.attach_file("account", account.id, tmp_path / "scan.pdf")
    with small_disk(tmp_path, 4096) as small:
        with pytest.raises(BackupError) as info:
            crm.security.backup_now(small / "crm-backup.db")
        assert info.value.problem is BackupProblem.DISK_FULL
        assert list(small.iterdir()) == []

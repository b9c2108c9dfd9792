"""Where a store's attachment files live, and copying them with a backup or a restore.

The files of `crm.db` are in `crm.files/` beside it, sharded by the first two hex digits of their sha256;
a backup `backups/crm-<when>-daily.db` has its own `backups/crm-<when>-daily.files/`. Files are named by
content and never change once written, so a copy hard-links them where the disk allows (a daily backup
costs no room for files already kept) and copies them where it does not (another disk).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from pathlib import Path

SHA256 = re.compile(r"^[0-9a-f]{64}$")
SHARD = re.compile(r"^[0-9a-f]{2}$")


def blob_dir_for(path: Path) -> Path:
    """The attachment folder of the store (or backup) file at `path`."""
    path = Path(path)
    return path.with_name(path.stem + ".files")


def blob_files(folder: Path) -> list[Path]:
    """The finished files under `folder` (no partial downloads, no temporary files)."""
    if not folder.is_dir():
        return []
    found: list[Path] = []
    for shard in folder.iterdir():
        if shard.is_dir() and SHARD.match(shard.name):
            found.extend(f for f in shard.iterdir() if SHA256.match(f.name) and f.is_file())
    return found


def copy_blobs(source_db: Path, target_db: Path) -> list[Path]:
    """Every finished file of `source_db`'s folder into `target_db`'s that it lacks; returns the files added
    (the caller removes them if the copy as a whole fails). Each file lands whole or not at all: it is
    linked or copied under a temporary name and renamed."""
    target = blob_dir_for(target_db)
    added: list[Path] = []
    try:
        for blob in blob_files(blob_dir_for(source_db)):
            dest = target / blob.parent.name / blob.name
            if dest.exists():
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            temp = dest.with_name(f".{blob.name}.copy.tmp")
            temp.unlink(missing_ok=True)
            try:
                try:
                    os.link(blob, temp)
                except OSError:
                    shutil.copyfile(blob, temp)
                os.replace(temp, dest)
            finally:
                temp.unlink(missing_ok=True)
            added.append(dest)
    except BaseException:
        remove_files(added)
        _prune(target)
        raise
    return added


def remove_files(files: list[Path]) -> None:
    """Undo copy_blobs: the files, then the folders that are left empty."""
    for made in files:
        made.unlink(missing_ok=True)
    folders = {f.parent for f in files} | {f.parent.parent for f in files}
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):  # shards before their folder
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty


def _prune(folder: Path) -> None:
    """The shards of `folder` left empty, then `folder` itself if it is empty."""
    if not folder.is_dir():
        return
    for shard in folder.iterdir():
        with contextlib.suppress(OSError):
            shard.rmdir()  # only when empty
    with contextlib.suppress(OSError):
        folder.rmdir()


def remove_blob_dir(db: Path) -> None:
    """A backup's folder of files, when the backup itself is removed."""
    shutil.rmtree(blob_dir_for(db), ignore_errors=True)

"""A real full disk for tests: a small tmpfs (mounting needs root; skipped where it cannot be had), filled."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

CHUNK = 64 * 1024


@contextlib.contextmanager
def small_disk(tmp_path: Path, size_kib: int = 8192) -> Iterator[Path]:
    """A folder on a filesystem of `size_kib` KiB: writes past it fail with ENOSPC."""
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(folder)],
                             capture_output=True).returncode == 0
    if not mounted:
        pytest.skip("cannot mount a small filesystem here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=False)


def fill(folder: Path, leave_kib: int = 0) -> Path:
    """Take all the room on `folder`'s disk but `leave_kib` KiB, with one file; delete it to free the room."""
    filler = folder / "filler.bin"
    wanted = shutil.disk_usage(folder).free - leave_kib * 1024
    written = 0
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        while written < wanted:
            written += os.write(fd, b"\0" * min(CHUNK, wanted - written))
    except OSError as error:
        if error.errno != errno.ENOSPC:
            raise
    finally:
        os.close(fd)
    return filler

"""`make run` on a fresh Debian/Ubuntu: tools/system-libraries.txt names every library the installed PySide6 loads
from the system to open a window (read from the wheel's own binaries), and tools/ensure-system-packages.sh turns the
libraries the loader cannot find into the exact apt-get line."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest
import shiboken6

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools" / "ensure-system-packages.sh"
QT = Path(PySide6.__file__).parent
# On every Linux: the C and C++ runtimes and the loader.
RUNTIME = re.compile(r"^(ld-linux.*|libc|libm|libdl|libpthread|librt|libstdc\+\+|libgcc_s)\.so(\.\d+)*$")


def listed() -> dict[str, str]:
    """library -> package, as tools/system-libraries.txt says."""
    lines = (ROOT / "tools" / "system-libraries.txt").read_text(encoding="utf-8").splitlines()
    return dict(line.split() for line in lines if line.strip() and not line.startswith("#"))


def wheel_files() -> dict[str, Path]:
    """Every shared library the PySide6 and shiboken6 wheels carry, by name."""
    found = {}
    for folder in (QT, Path(shiboken6.__file__).parent):
        for path in folder.rglob("*.so*"):
            found.setdefault(path.name, path)
    return found


def needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)


def system_libraries(starts: list[Path]) -> dict[str, str]:
    """Libraries from outside the wheels that `starts` and the wheel libraries they load ask for: name -> who asks."""
    inside, seen, todo, outside = wheel_files(), set(), list(starts), {}
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for name in needed(path):
            if name in inside:
                todo.append(inside[name])
            elif not RUNTIME.match(name):
                outside.setdefault(name, path.name)
    return outside


def window_binaries() -> list[Path]:
    """What the window loads: QtCore, QtGui, QtWidgets, the platform plugins and xcb's GL integrations."""
    plugins = QT / "Qt" / "plugins"
    found = [p for p in QT.glob("Qt*.so") if p.name.split(".")[0] in ("QtCore", "QtGui", "QtWidgets")]
    found += [plugins / "platforms" / name for name in ("libqxcb.so", "libqwayland.so")
              if (plugins / "platforms" / name).exists()]
    found += sorted((plugins / "xcbglintegrations").glob("*.so"))
    return found


@pytest.mark.skipif(not shutil.which("readelf"), reason="readelf (binutils) is needed to read the wheel's libraries")
def test_the_list_names_every_system_library_the_window_loads():
    starts = window_binaries()
    assert any(p.name == "libqxcb.so" for p in starts)
    wanted = system_libraries(starts)
    assert "libxcb-icccm.so.4" in wanted and "libEGL.so.1" in wanted  # the reading works
    assert sorted(set(wanted) - set(listed())) == []


@pytest.mark.skipif(not shutil.which("ldd"), reason="no ldd")
def test_what_the_loader_cannot_find_for_the_xcb_plugin_is_listed():
    """ldd's own answer on this machine: any library it cannot find for libqxcb.so is in the list."""
    out = subprocess.run(["ldd", str(QT / "Qt" / "plugins" / "platforms" / "libqxcb.so")], capture_output=True,
                         text=True, check=True).stdout
    missing = set(re.findall(r"^\s*(\S+) => not found", out, re.M))
    assert sorted(missing - set(listed())) == []


def test_the_packages_are_debian_names_of_the_listed_libraries():
    packages = listed()
    assert packages["libxcb-cursor.so.0"] == "libxcb-cursor0"
    assert packages["libxkbcommon-x11.so.0"] == "libxkbcommon-x11-0"
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9.+-]+", p) for p in packages.values())


def _tools(folder: Path, cache: list[str], uid: int) -> dict[str, str]:
    """A machine as the script sees it: a loader cache holding `cache`, dpkg knowing every package, and a user id
    (system tools stood in by scripts on PATH)."""
    folder.mkdir()
    lines = [f"\t{name} (libc6,x86-64) => /usr/lib/x86_64-linux-gnu/{name}" for name in cache]
    (folder / "cache.txt").write_text("\n".join([f"{len(cache)} libs found in cache", *lines, ""]))
    scripts = {
        "ldconfig": f"cat {folder}/cache.txt",
        "dpkg-query": "echo 'install ok installed'",
        "id": f"echo {uid}",
        "apt-get": f'echo "apt-get $*" >> {folder}/apt.log',
    }
    for name, body in scripts.items():
        path = folder / name
        path.write_text(f"#!/bin/sh\n{body}\n")
        path.chmod(0o755)
    return {**os.environ, "PATH": f"{folder}:{os.environ['PATH']}", "PYTHON": sys.executable}


def test_a_user_is_told_the_exact_packages_and_make_run_stops(tmp_path):
    everything = list(listed())
    lacking = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libEGL.so.1"}
    env = _tools(tmp_path / "bin", [n for n in everything if n not in lacking], uid=1000)
    done = subprocess.run([str(SCRIPT), "run"], env=env, capture_output=True, text=True)
    assert done.returncode == 1
    line = next(x for x in done.stderr.splitlines() if "apt-get install" in x)
    assert line.split("apt-get install -y ")[1].split() == ["libegl1", "libxcb-icccm4", "libxcb-keysyms1"]


def test_root_installs_what_is_missing_and_nothing_when_all_is_there(tmp_path):
    everything = list(listed())
    env = _tools(tmp_path / "bin", [n for n in everything if n != "libxcb-cursor.so.0"], uid=0)
    done = subprocess.run([str(SCRIPT), "run"], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "libxcb-cursor0" in done.stdout
    assert (tmp_path / "bin" / "apt.log").read_text().split() == [
        "apt-get", "install", "-y", "-q", "--no-install-recommends", "libxcb-cursor0"]
    env = _tools(tmp_path / "all", everything, uid=0)
    done = subprocess.run([str(SCRIPT), "run"], env=env, capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout == "" and not (tmp_path / "all" / "apt.log").exists()


def test_a_python_without_its_venv_module_is_named_before_the_environment_is_made(tmp_path):
    env = _tools(tmp_path / "bin", list(listed()), uid=1000)
    python = tmp_path / "bin" / "python3.12"  # as Debian's interpreter before pythonX.Y-venv is installed
    python.write_text('#!/bin/sh\ncase "$*" in *ensurepip*) exit 1 ;; esac\necho 3.12\n')
    python.chmod(0o755)
    done = subprocess.run([str(SCRIPT), "venv"], env={**env, "PYTHON": str(python)}, capture_output=True, text=True)
    assert done.returncode == 1 and "sudo apt-get install -y python3.12-venv" in done.stderr

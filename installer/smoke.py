"""Run a built bundle as on a rep's new machine: an empty home folder, no Python, no developer settings."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "FieldCRM"
# Variables that would let the bundle find the developer's Python, Qt or settings instead of its own.
_LEAKY = ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV", "MPLCONFIGDIR", "QT_PLUGIN_PATH",
          "QT_QPA_PLATFORM_PLUGIN_PATH", "LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH", "CRM_EXIT_WHEN_INTERACTIVE")


def bundle_executable(dist: Path) -> Path:
    """The executable of the bundle in `dist`: inside FieldCRM.app on macOS, else FieldCRM/FieldCRM[.exe]."""
    if sys.platform == "darwin":
        return dist / f"{APP_NAME}.app" / "Contents" / "MacOS" / APP_NAME
    return dist / APP_NAME / (f"{APP_NAME}.exe" if sys.platform == "win32" else APP_NAME)


def bundle_root(executable: Path) -> Path:
    """The installed folder: what must stay unchanged however the app is used."""
    return executable.parents[2] if sys.platform == "darwin" else executable.parent


def clean_env(home: Path) -> dict[str, str]:
    """A fresh user: every per-user folder inside `home`, a system PATH only, no display (offscreen)."""
    env = {k: v for k, v in os.environ.items() if k not in _LEAKY and not k.startswith(("XDG_", "CRM_"))}
    if sys.platform == "win32":
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env["PATH"] = os.pathsep.join([str(Path(system_root) / "System32"), system_root])
        env.update(USERPROFILE=str(home), APPDATA=str(home / "AppData" / "Roaming"),
                   LOCALAPPDATA=str(home / "AppData" / "Local"))
    else:
        env["PATH"] = "/usr/local/bin:/usr/bin:/bin"
    runtime = home / ".run"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local" / "share"),
               XDG_CACHE_HOME=str(home / ".cache"), XDG_STATE_HOME=str(home / ".local" / "state"),
               XDG_RUNTIME_DIR=str(runtime), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    return env


def run(executable: Path, args: list[str], home: Path, timeout: float = 300,
        extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run the bundle with `args` as a fresh user whose home is `home`, from a folder outside the checkout."""
    env = clean_env(home)
    env.update(extra_env or {})
    return subprocess.run([str(Path(executable).resolve()), *args], cwd=home, env=env, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=timeout)


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file below `folder` with its size and modification time: to prove nothing was written there."""
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}


@dataclass
class SmokeResult:
    version: subprocess.CompletedProcess
    self_test: subprocess.CompletedProcess
    first_store: subprocess.CompletedProcess | None  # None on Windows: see smoke_test()
    databases: list[Path]  # crm.db files the default store created under the fresh home
    written_in_bundle: list[str]  # files added or changed inside the installed folder (must be none)

    @property
    def ok(self) -> bool:
        store_ok = self.first_store is None or (self.first_store.returncode == 0 and bool(self.databases))
        return self.version.returncode == 0 and self.self_test.returncode == 0 and store_ok \
            and not self.written_in_bundle


def smoke_test(executable: Path, home: Path) -> SmokeResult:
    """--version, --self-test, then a first command on the default store: it must land in the user's data
    folder (under `home`), and the installed folder must come out unchanged."""
    root = bundle_root(executable)
    before = snapshot(root)
    version = run(executable, ["--version"], home, timeout=120)
    self_test = run(executable, ["--self-test"], home)
    first_store = None
    # Windows asks the shell for its known folders, not the environment: the default store would be the
    # real user's (and might be migrated), so this step is skipped there.
    if sys.platform != "win32":
        # A new default store is encrypted, its key in the OS keyring. The keyring is turned off (a CI
        # home has none, and a developer's must not get a test key), so the terminal's way in, a
        # passphrase, is used: this also opens SQLCipher through SQLAlchemy in the bundle.
        first_store = run(executable, ["agenda", "--json"], home, timeout=120,
                          extra_env={"CRM_PASSPHRASE": "smoke-test passphrase 1",
                                     "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    after = snapshot(root)
    written = sorted(name for name in after if before.get(name) != after[name])
    databases = sorted(home.rglob("crm.db"))
    return SmokeResult(version, self_test, first_store, databases, written)


def report(result: SmokeResult) -> str:
    """What a build log shows of the smoke test."""
    lines = [f"--version -> {result.version.returncode}: {result.version.stdout.strip()}",
             f"--self-test -> {result.self_test.returncode}:", result.self_test.stdout.rstrip()]
    if result.self_test.returncode:
        lines.append(result.self_test.stderr.rstrip())
    first = result.first_store
    lines.append("agenda on the default store -> " + ("skipped on Windows" if first is None else
                 f"{first.returncode}{': ' + first.stderr.strip() if first.returncode else ''}"))
    lines.append(f"user data: {', '.join(map(str, result.databases)) or 'none found under the fresh home'}")
    lines.append(f"written inside the bundle: {', '.join(result.written_in_bundle) or 'nothing'}")
    return "\n".join(lines)

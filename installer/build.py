"""Build the desktop bundle with PyInstaller, smoke-test it on a fresh home, and package it for this platform.

    .venv/bin/python installer/build.py [--clean] [--no-package] [--no-smoke]

dist/FieldCRM/ (dist/FieldCRM.app on macOS), then: Linux dist/fieldcrm_VERSION_ARCH.deb, Windows
dist/FieldCRM-VERSION-setup.exe (when Inno Setup's iscc is installed), macOS dist/FieldCRM-VERSION.dmg.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = ROOT / "dist"
WORK = ROOT / "build"
sys.path.insert(0, str(HERE))

import smoke  # noqa: E402  (installer/ is on the path above: the build runs as a script)


def version() -> str:
    return re.search(r'__version__ = "([^"]+)"', (ROOT / "crm_desktop" / "__init__.py").read_text()).group(1)


def run_pyinstaller(clean: bool) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(DIST),
               "--workpath", str(WORK / "pyinstaller"), str(HERE / "fieldcrm.spec")]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, cwd=ROOT)


def size_mib(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def smoke_test(executable: Path) -> bool:
    """--version, --self-test and a first start on a new empty home; prints what a build log needs."""
    home = Path(tempfile.mkdtemp(prefix="fieldcrm-home-"))
    try:
        result = smoke.smoke_test(executable, home)
        print(smoke.report(result), flush=True)
        return result.ok
    finally:
        shutil.rmtree(home, ignore_errors=True)


def package(executable: Path) -> list[Path]:
    """This platform's installer from the bundle; the tools each needs are checked here."""
    if sys.platform.startswith("linux"):
        if not shutil.which("dpkg-deb"):
            print("dpkg-deb not found: no .deb (apt-get install dpkg)", file=sys.stderr)
            return []
        from deb import build_deb

        return [build_deb(smoke.bundle_root(executable), version(), DIST, WORK / "deb")]
    if sys.platform == "win32":
        return _inno_setup(smoke.bundle_root(executable))
    if sys.platform == "darwin":
        return _dmg(smoke.bundle_root(executable))
    return []


def _inno_setup(bundle: Path) -> list[Path]:
    program_files = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    iscc = shutil.which("iscc") or next((str(p) for p in program_files.glob("Inno Setup*/ISCC.exe")), None)
    if not iscc:
        print("Inno Setup (iscc) not found: no setup.exe (choco install innosetup)", file=sys.stderr)
        return []
    subprocess.run([iscc, "/Q", f"/DAppVersion={version()}", f"/DBundleDir={bundle}", f"/DOutputDir={DIST}",
                    str(HERE / "windows" / "fieldcrm.iss")], check=True)
    return [DIST / f"FieldCRM-{version()}-setup.exe"]


def _dmg(app: Path) -> list[Path]:
    # The .app is already signed by PyInstaller when CODESIGN_IDENTITY is set; notarization: docs/installer.md.
    dmg = DIST / f"FieldCRM-{version()}.dmg"
    dmg.unlink(missing_ok=True)
    subprocess.run(["hdiutil", "create", "-volname", "Field CRM", "-srcfolder", str(app), "-ov", "-format", "UDZO",
                    str(dmg)], check=True)
    return [dmg]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clean", action="store_true", help="drop PyInstaller's cache first")
    parser.add_argument("--no-smoke", action="store_true", help="skip --version/--self-test on a fresh home")
    parser.add_argument("--no-package", action="store_true", help="the bundle only, no installer")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    run_pyinstaller(args.clean)
    executable = smoke.bundle_executable(DIST)
    print(f"bundle: {smoke.bundle_root(executable)} ({size_mib(smoke.bundle_root(executable)):.0f} MiB, "
          f"built in {time.perf_counter() - started:.0f} s)", flush=True)
    if not args.no_smoke and not smoke_test(executable):
        print("smoke test FAILED: no package made", file=sys.stderr)
        return 1
    for made in [] if args.no_package else package(executable):
        print(f"package: {made} ({made.stat().st_size / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

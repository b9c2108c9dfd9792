"""Linux package: the one-folder bundle as a .deb (/opt/fieldcrm, a `fieldcrm` command, menu entry and icon)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = "fieldcrm"
# What the bundle links against but does not carry (objdump -p of every library, less those inside):
# the system's OpenGL/EGL, and the X11 and Wayland client libraries the Qt platform plugins load.
DEPENDS = ["libgl1", "libegl1", "libxcb1", "libxcb-icccm4", "libxcb-keysyms1", "libwayland-client0",
           "libwayland-cursor0", "libwayland-egl1"]
# Chinese names need a CJK font; the app works without one, drawing boxes.
RECOMMENDS = ["fonts-noto-cjk | fonts-wqy-microhei"]
DESCRIPTION = """Offline-first CRM for field sales reps
 Look customers up with no network, log visits and calls, keep follow-ups,
 deals, quotes, orders and service tickets on track, and sync with the
 company's private server when online. English and Simplified Chinese.
 .
 The customer database lives in ~/.local/share/FieldCRM; removing the
 package leaves it in place."""


def glibc_needed(bundle: Path) -> str:
    """The newest glibc symbol version any binary in the bundle asks for (2.31 if objdump is missing)."""
    if not shutil.which("objdump"):
        return "2.31"
    newest = (2, 31)
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink() and (".so" in path.name or path.name == "FieldCRM"):
            out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True).stdout
            for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", out):
                newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def control(version: str, installed_kib: int, glibc: str) -> str:
    return "\n".join([
        f"Package: {PACKAGE}", f"Version: {version}", f"Architecture: {architecture()}",
        "Maintainer: Field CRM <crm@fieldcrm.invalid>", f"Installed-Size: {installed_kib}",
        f"Depends: {', '.join([f'libc6 (>= {glibc})', *DEPENDS])}", f"Recommends: {', '.join(RECOMMENDS)}",
        "Section: misc", "Priority: optional", f"Description: {DESCRIPTION}", "",
    ])


def _copy_bundle(bundle: Path, target: Path) -> None:
    shutil.copytree(bundle, target, symlinks=True)
    for path in target.rglob("*"):  # whatever the build machine's umask: root owns it, everyone reads it
        if path.is_symlink():
            continue
        executable = path.is_dir() or path.stat().st_mode & 0o111
        path.chmod(0o755 if executable else 0o644)


def build_deb(bundle: Path, version: str, out_dir: Path, work: Path, compression: str = "xz") -> Path:
    """dist/FieldCRM -> out_dir/fieldcrm_VERSION_ARCH.deb, staged in `work` (emptied first). `compression`:
    xz for a release (a third of the size), gzip where speed matters more (tests)."""
    shutil.rmtree(work, ignore_errors=True)
    root = work / PACKAGE
    _copy_bundle(bundle, root / "opt" / PACKAGE)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / PACKAGE).symlink_to(f"/opt/{PACKAGE}/FieldCRM")
    share = root / "usr" / "share"
    for source, target in [
        (HERE / "linux" / "fieldcrm.desktop", share / "applications" / "fieldcrm.desktop"),
        (HERE / "icons" / "fieldcrm.png", share / "icons" / "hicolor" / "256x256" / "apps" / "fieldcrm.png"),
        (HERE / "icons" / "fieldcrm.svg", share / "icons" / "hicolor" / "scalable" / "apps" / "fieldcrm.svg"),
    ]:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        target.chmod(0o644)
    for folder in [root, *root.rglob("*")]:
        if folder.is_dir() and not folder.is_symlink():
            folder.chmod(0o755)
    installed = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    debian = root / "DEBIAN"
    debian.mkdir(mode=0o755)
    (debian / "control").write_text(control(version, installed // 1024 + 1, glibc_needed(bundle)), encoding="utf-8")
    # No maintainer scripts: dpkg's triggers refresh the menu and icon caches, and removal never touches
    # the users' data (~/.local/share/FieldCRM, ~/.config/FieldCRM), which dpkg does not know about.
    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"{PACKAGE}_{version}_{architecture()}.deb"
    level = [] if compression == "xz" else ["-z1"]
    subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", *level, "--build", str(root), str(deb)],
                   check=True, stdout=subprocess.DEVNULL)
    return deb

"""What the desktop bundle holds beyond PyInstaller's own analysis, and what it leaves out (read by fieldcrm.spec)."""

from __future__ import annotations

import re
from pathlib import Path

APP_NAME = "FieldCRM"
BUNDLE_ID = "com.fieldcrm.desktop"

# Imported by name at run time, so PyInstaller's import graph cannot see them.
HIDDEN_IMPORTS = [
    # The encrypted store: SQLAlchemy's pysqlcipher dialect imports the driver by name.
    "sqlcipher3", "sqlcipher3.dbapi2",
    # Alembic, imported only when a store is created or migrated; env.py reaches it through `context`.
    "alembic.command", "alembic.config", "alembic.context", "alembic.op", "alembic.runtime.migration",
    "alembic.runtime.environment", "alembic.script", "alembic.ddl.sqlite",
]
# (phonenumbers loads each region's metadata module by name: hooks/hook-phonenumbers.py lists them.)

# Checked against the import graph of crm_desktop (tests/installer/test_bundle_config.py): none of
# these is imported by the desktop app.
EXCLUDES = [
    # the sync server and its stack
    "crm_server", "fastapi", "starlette", "uvicorn", "httptools", "uvloop", "watchfiles", "websockets",
    "psycopg", "psycopg_binary", "psycopg_c", "psycopg_pool",
    "pydantic", "pydantic_core", "pydantic_settings",
    # development and tests
    "pytest", "_pytest", "pytestqt", "hypothesis", "schemathesis", "aiosmtpd", "xlwt", "odf",
    # (setuptools' pkg_resources stays: cpca reads its division table through it)
    "IPython", "jedi", "PyInstaller", "pip", "wheel",
    # keyrings.alt (a dev dependency for the benchmarks) registers plain-text file keyrings: never in the product
    "keyrings",
    # httpx's optional command line (it falls back when these are missing)
    "click", "rich", "pygments", "httpx._main",
    # other GUI toolkits matplotlib and Pillow know how to use
    "tkinter", "_tkinter", "PyQt5", "PyQt6", "PySide2", "gi", "wx", "cairo", "matplotlib.backends._backend_tk",
    # phone geography, carriers and time zones: the app only parses and formats (about 45 MB)
    "phonenumbers.geocoder", "phonenumbers.carrier", "phonenumbers.timezone", "phonenumbers.geodata",
    "phonenumbers.carrierdata", "phonenumbers.tzdata",
    # NumPy's build and Fortran tooling (PyYAML stays: the card reader's OCR reads its settings from YAML)
    "numpy.f2py", "numpy.distutils",
    # e-mail deliverability (DNS) is never checked: the app validates syntax only, offline
    "dns",
    # async, HTTP/2 and other HTTP stacks: the sync client is httpx.Client over HTTP/1.1
    "anyio", "trio", "h2", "hpack", "hyperframe", "requests", "urllib3", "httpx2", "httpcore2",
]

# Qt: the window uses QtCore, QtGui and QtWidgets (grep PySide6 crm_desktop); matplotlib's Qt canvas (the
# dashboard) imports QtSvg as well; a business card's photo is taken through QtMultimedia (with its video
# widget); a visit's check-in asks QtPositioning where the laptop is; attachments preview PDFs through QtPdf
# (and its view); a day's route is printed through QtPrintSupport. Everything else stays out.
QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtMultimedia", "QtMultimediaWidgets", "QtPositioning",
                   "QtPdf", "QtPdfWidgets", "QtPrintSupport")
EXCLUDES += [f"PySide6.{module}" for module in (
    "QtNetwork", "QtQml", "QtQmlFeatures", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtQuickTest",
    "QtOpenGL", "QtOpenGLWidgets", "QtSql", "QtTest", "QtXml", "QtDBus", "QtDesigner", "QtHelp",
    "QtUiTools", "QtConcurrent", "QtSvgWidgets", "QtLabsStyleKit",
    "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel", "QtWebSockets",
    "QtCharts", "QtDataVisualization", "QtGraphs", "Qt3DCore",
    "Qt3DRender", "Qt3DInput", "Qt3DLogic", "Qt3DAnimation", "Qt3DExtras",
    "QtBluetooth", "QtNfc", "QtLocation", "QtSensors", "QtSerialPort", "QtRemoteObjects",
    "QtScxml", "QtStateMachine", "QtTextToSpeech", "QtHttpServer", "QtSpatialAudio", "QtAxContainer",
)]

# Qt plugin folders the window needs: native windows (and offscreen for --self-test), the desktop's
# input methods (Chinese IMEs), images, and the X11 OpenGL glue.
_QT_PLUGIN_DIRS = {"platforms", "platformthemes", "platforminputcontexts", "imageformats", "iconengines",
                   "xcbglintegrations", "styles", "wayland-decoration-client", "wayland-graphics-integration-client",
                   "wayland-shell-integration",
                   # Qt Multimedia's back end (FFmpeg): the camera that photographs a business card
                   "multimedia",
                   # the operating system's location service (Windows, Core Location, GeoClue): check-ins
                   "position",
                   # printers (CUPS): a day's route on paper
                   "printsupport"}
_QT_PLUGINS_DROPPED = re.compile(
    # platforms for kiosks and embedded screens, never a rep's laptop
    r"(eglfs|linuxfb|minimalegl|vnc|vkkhrdisplay|direct2d"
    # the GTK theme plugin drags a copy of GTK, cairo and pango into the bundle (the app draws Fusion anyway)
    r"|qgtk3"
    # PDF as an image format pulls in Qt Pdf with PDFium, several MB, for nothing the app shows
    r"|qpdf)", re.IGNORECASE)
# Qt's own translations (dialog buttons …): the app's languages only.
_QT_TRANSLATION = re.compile(r"^(qt|qtbase)_(zh_CN|en)\.qm$")


def _qt_part(dest: str) -> tuple[str, ...] | None:
    """The path below PySide6/Qt/ (Linux, macOS) or PySide6/ (Windows) as parts, or None outside PySide6."""
    parts = tuple(dest.replace("\\", "/").split("/"))
    if len(parts) < 2 or parts[0] != "PySide6":
        return None
    return parts[2:] if parts[1] == "Qt" else parts[1:]


def keep_binary(dest: str) -> bool:
    """Whether a shared library or plugin, by its path in the bundle, belongs in it."""
    parts = _qt_part(dest)
    if parts is None or parts[0] != "plugins":
        return True
    if len(parts) < 3 or parts[1] not in _QT_PLUGIN_DIRS:
        return False
    return not _QT_PLUGINS_DROPPED.search(parts[-1])


def keep_data(dest: str) -> bool:
    """Whether a data file, by its path in the bundle, belongs in it."""
    parts = _qt_part(dest)
    if parts is None or not parts:
        return True
    if parts[0] == "translations":
        return bool(_QT_TRANSLATION.match(parts[-1]))
    if parts[0] == "plugins":
        return keep_binary(dest)
    return parts[0] not in {"qml", "metatypes", "libexec"}


def qt_dependencies(hook_file: str):
    """PyInstaller's own collection for a PySide6 module (hooks/hook-PySide6.*.py), less the plugins and
    translations above. Filtering here, not after the analysis, keeps their libraries out too."""
    from PyInstaller.utils.hooks.qt import add_qt6_dependencies

    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
    hiddenimports = [name for name in hiddenimports if name not in EXCLUDES]
    binaries = [(src, dest) for src, dest in binaries if keep_binary(f"{dest}/{Path(src).name}")]
    datas = [(src, dest) for src, dest in datas if keep_data(f"{dest}/{Path(src).name}")]
    return hiddenimports, binaries, datas


def windows_version_info(version: str) -> str:
    """The VERSIONINFO resource of FieldCRM.exe (Explorer's Details tab), in PyInstaller's text form."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    fixed = tuple(numbers)
    strings = {"CompanyName": "Field CRM", "FileDescription": "Field CRM", "FileVersion": version,
               "InternalName": APP_NAME, "OriginalFilename": f"{APP_NAME}.exe", "ProductName": "Field CRM",
               "ProductVersion": version}
    entries = ", ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return (f"VSVersionInfo(ffi=FixedFileInfo(filevers={fixed}, prodvers={fixed}, mask=0x3f, flags=0x0, OS=0x40004, "
            f"fileType=0x1, subtype=0x0, date=(0, 0)), kids=[StringFileInfo([StringTable('040904B0', [{entries}])]), "
            f"VarFileInfo([VarStruct('Translation', [1033, 1200])])])")

"""PyInstaller hook for PySide6.QtWidgets: PyInstaller's own, less the Qt plugins and translations left out."""

from bundle_config import qt_dependencies

hiddenimports, binaries, datas = qt_dependencies(__file__)

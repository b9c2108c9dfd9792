"""The Qt binding keeps Python's reference counts: a leak on None or True aborts a long session."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    flag = Signal(bool)


def test_void_calls_keep_the_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setEnabled(True)
    assert sys.getrefcount(None) >= before - 10  # a few may come and go elsewhere, not one per call


def test_bool_signals_keep_the_references_to_true(qtbot):
    emitter = _Emitter()
    seen = []
    emitter.flag.connect(seen.append)
    before = sys.getrefcount(True)
    for _ in range(1000):
        emitter.flag.emit(True)
    seen.clear()
    assert sys.getrefcount(True) >= before - 10

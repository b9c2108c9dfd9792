"""Debug switch: store access from widget code on the GUI thread raises StoreOnGuiThreadError.

The GUI thread never waits on the store (docs/architecture.md, "Threading"). The store calls
`check_store_access()` before every SQL statement; this module knows neither Qt nor SQLAlchemy, so
the store can import it and the GUI can switch it on (`forbid_store_on_gui_thread()`, or the
`CRM_FORBID_GUI_STORE=1` environment variable at start-up), naming its own thread.

The guard is scoped by thread *and* by caller: it raises only when the current thread is the
registered GUI thread and the code that called into the headless layers is widget code. Walking out
from the statement, the frames of SQLAlchemy and of crm_desktop's own headless packages (controllers,
store, domain, ...) are passed over; the first other frame is the caller. In a widget package
(`crm_desktop.gui` by default) it is exactly "widget code waits on the store": a slot, a model's
`data()`, a dialog's `accept()` or a page's constructor calling a controller. Any other caller on
the same thread is let through: pytest runs a test's body on the GUI thread, and a test seeds data
and checks results through the controllers directly, before and after driving the widgets, even from
inside a dialog's event loop. Work handed to the job runner runs on its worker threads and is never
checked.

Every refusal is counted (`violations()`), also when the error is swallowed on its way up (an
`on_done` callback whose error went to the status bar): GUI tests assert that the count stays zero.
"""

from __future__ import annotations

import os
import sys
import threading
from types import FrameType

ENV_SWITCH = "CRM_FORBID_GUI_STORE"

_gui_thread: int | None = None
_widget_packages: tuple[str, ...] = ("crm_desktop.gui.",)
# Frames passed over on the way out to the caller: the headless layers and the libraries they call.
_PASSED_OVER = ("crm_desktop.", "sqlalchemy.", "contextlib", "functools")
_enabled = False
_refused: list[str] = []  # where widget code touched the store, as "module:function:line"


class StoreOnGuiThreadError(RuntimeError):
    """Widget code on the GUI thread touched the store; it should hand the call to the job runner."""


def set_gui_thread(ident: int | None = None) -> None:
    """Name the GUI thread (default: the calling one)."""
    global _gui_thread
    _gui_thread = threading.get_ident() if ident is None else ident


def forbid_store_on_gui_thread(enabled: bool = True, widget_packages: tuple[str, ...] = ("crm_desktop.gui",)) -> None:
    """Switch the guard on (or off) for the calling thread, taken as the GUI thread."""
    global _enabled, _widget_packages
    set_gui_thread()
    _widget_packages = tuple(f"{package}." for package in widget_packages)
    _enabled = enabled


def forbidden_by_environment() -> bool:
    return os.environ.get(ENV_SWITCH, "") not in ("", "0")


def is_forbidden() -> bool:
    return _enabled


def violations() -> list[str]:
    """Where widget code touched the store on the GUI thread since the last reset."""
    return list(_refused)


def reset_violations() -> None:
    _refused.clear()


def check_store_access() -> None:
    """Called by the store before each statement: raises when widget code runs it on the GUI thread."""
    if not _enabled or threading.get_ident() != _gui_thread:
        return
    frame: FrameType | None = sys._getframe(1)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.startswith(_widget_packages):
            where = f"{module}:{frame.f_code.co_name}:{frame.f_lineno}"
            _refused.append(where)
            raise StoreOnGuiThreadError(f"store access from the GUI thread in {where}: hand it to the job runner")
        if not module.startswith(_PASSED_OVER):
            return  # called by code that is no widget's (a test seeding or checking data)
        frame = frame.f_back

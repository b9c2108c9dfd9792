"""The security module in the window: backups, restore, the audit log and the app lock (SecurityActions)."""

from __future__ import annotations

from crm_desktop.gui.shell.pages import register_commands


def _actions(shell):
    from crm_desktop.gui.security.actions import SecurityActions

    return SecurityActions(shell)


register_commands("security", 80, _actions)

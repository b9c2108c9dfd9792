"""The window's modules, one line each: importing a module's `pages` registers its pages and commands."""

from __future__ import annotations

import importlib

MODULES = (
    "crm_desktop.gui.customers",
    "crm_desktop.gui.activities",
    "crm_desktop.gui.checkins",
    "crm_desktop.gui.calendar",
    "crm_desktop.gui.route",
    "crm_desktop.gui.sales",
    "crm_desktop.gui.service",
    "crm_desktop.gui.analytics",
    "crm_desktop.gui.marketing",
    "crm_desktop.gui.exchange",
    "crm_desktop.gui.security",
    "crm_desktop.gui.sync",
    "crm_desktop.gui.reminders",
)


def load_modules() -> None:
    for package in MODULES:
        importlib.import_module(f"{package}.pages")

"""Every user setting declared once: key, type, default and title (the GUI stores them)."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.domain.validation import QT_TRANSLATE_NOOP

# Bumped when a key is renamed or a stored value changes meaning; see migrate().
SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: object
    title: str  # untranslated; shown through QCoreApplication.translate("Settings", title)


LANGUAGE = Setting("ui/language", str, "system", QT_TRANSLATE_NOOP("Settings", "Language"))
PHONE_REGION = Setting("customers/phone_region", str, "CN",
                       QT_TRANSLATE_NOOP("Settings", "Default phone region"))
DEMO_SIZE = Setting("demo/size", int, 2000, QT_TRANSLATE_NOOP("Settings", "Demo data size"))
STALE_DAYS = Setting("sales/stale_days", int, 14,
                     QT_TRANSLATE_NOOP("Settings", "Mark deals stale after this many days without activity"))
SLA_POLICY = Setting("service/sla_policy", str, "",
                     QT_TRANSLATE_NOOP("Settings", "SLA policy file (empty: the one shipped with the CRM)"))

# The dashboard's filter, remembered across restarts: a preset ("this_month", "3m", "12m", "this_year")
# or a custom "YYYY-MM-DD/YYYY-MM-DD" range; owner id and team ("" = everyone, all teams).
DASHBOARD_RANGE = Setting("dashboard/range", str, "12m", QT_TRANSLATE_NOOP("Settings", "Dashboard period"))
DASHBOARD_OWNER = Setting("dashboard/owner", str, "", QT_TRANSLATE_NOOP("Settings", "Dashboard owner"))
DASHBOARD_TEAM = Setting("dashboard/team", str, "", QT_TRANSLATE_NOOP("Settings", "Dashboard team"))

ALL = (LANGUAGE, PHONE_REGION, DEMO_SIZE, STALE_DAYS, SLA_POLICY, DASHBOARD_RANGE, DASHBOARD_OWNER, DASHBOARD_TEAM)
LANGUAGES = ("system", "en", "zh_CN")
PHONE_REGIONS = ("CN", "HK", "TW", "SG", "US", "GB", "DE", "JP")


def migrate(stored_version: int, values: dict[str, object]) -> dict[str, object]:
    """Bring values stored by an older version up to SETTINGS_VERSION (none needed yet)."""
    return values

"""Every user setting declared once: key, type, default and title (the GUI stores them)."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP

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

# Security: daily backups kept (0 = none), minutes idle before the app locks (0 = never), the lock's
# PIN or passphrase as an Argon2 hash only, and whether to offer encrypting an older plain store (1/0).
BACKUP_KEEP = Setting("security/backup_keep", int, 7, QT_TRANSLATE_NOOP("Settings", "Daily backups to keep"))
LOCK_MINUTES = Setting("security/lock_minutes", int, 0,
                       QT_TRANSLATE_NOOP("Settings", "Lock the app after this many idle minutes"))
LOCK_HASH = Setting("security/lock_hash", str, "", QT_TRANSLATE_NOOP("Settings", "App lock PIN"))
OFFER_ENCRYPTION = Setting("security/offer_encryption", int, 1,
                           QT_TRANSLATE_NOOP("Settings", "Offer to encrypt an unencrypted database"))
# Reminders: minutes before a visit, meeting, call or task (an activity's own lead wins), and the time of day a
# follow-up reminds on its day ("HH:MM").
REMIND_LEAD = Setting("reminders/lead_minutes", int, 15, QT_TRANSLATE_NOOP("Settings", "Remind me before"))
FOLLOWUP_REMIND_TIME = Setting("reminders/followup_time", str, "09:00",
                               QT_TRANSLATE_NOOP("Settings", "Remind of follow-ups at"))

ALL = (LANGUAGE, PHONE_REGION, DEMO_SIZE, STALE_DAYS, SLA_POLICY, DASHBOARD_RANGE, DASHBOARD_OWNER, DASHBOARD_TEAM,
       BACKUP_KEEP, LOCK_MINUTES, LOCK_HASH, OFFER_ENCRYPTION, REMIND_LEAD, FOLLOWUP_REMIND_TIME)
LANGUAGES = ("system", "en", "zh_CN")
PHONE_REGIONS = ("CN", "HK", "TW", "SG", "US", "GB", "DE", "JP")


def migrate(stored_version: int, values: dict[str, object]) -> dict[str, object]:
    """Bring values stored by an older version up to SETTINGS_VERSION (none needed yet)."""
    return values

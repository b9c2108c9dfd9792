"""Server settings from the command line and the environment (CRM_SERVER_*), with safe defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir


def default_database_url() -> str:
    """An embedded SQLite file for a one-box trial; production runs on PostgreSQL."""
    folder = Path(user_data_dir("crm-server", "FieldCRM"))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'server.db'}"


@dataclass(frozen=True)
class ServerSettings:
    database_url: str
    access_token_minutes: int = 15
    refresh_token_days: int = 30
    # Failed logins of one username from one address before each further attempt from there waits
    # 1 s, 2 s, 4 s ... (at most the window); failures older than the window are forgotten.
    max_failed_logins: int = 3
    failed_login_window_seconds: int = 300
    # Failures from one address across all usernames (password spraying) before that address waits too.
    max_failed_logins_per_address: int = 30
    # A rotated refresh token still works this long if the pair that replaced it was never used (a lost answer).
    refresh_grace_seconds: int = 120
    # Peers whose X-Forwarded-For is believed (addresses or networks): the proxies in front of the nodes.
    trusted_proxies: tuple[str, ...] = ("127.0.0.1", "::1")
    max_body_bytes: int = 8 * 1024 * 1024
    max_batch: int = 500
    worker_threads: int = 12  # request threads per process (the database pool holds more connections)
    # The key of the calendar feeds' URLs (an HMAC of the user id); None: one the server makes and keeps in
    # sync_meta. A new value retires every feed URL handed out.
    calendar_secret: str | None = None
    # Attachment files: kept as chunks in the database unless a folder every node mounts is named here.
    attachments_dir: str | None = None
    # Default limits on attachment files; an admin changes them at run time (PUT /admin/attachment-limits).
    max_attachment_bytes: int = 50 * 1024 * 1024
    max_user_attachment_bytes: int = 5 * 1024 * 1024 * 1024

    @classmethod
    def from_env(cls, database_url: str | None = None) -> ServerSettings:
        url = database_url or os.environ.get("CRM_SERVER_DATABASE_URL") or default_database_url()
        proxies = os.environ.get("CRM_SERVER_TRUSTED_PROXIES")
        extra: dict[str, Any] = {} if proxies is None else {"trusted_proxies": parse_list(proxies)}
        if os.environ.get("CRM_SERVER_ATTACHMENTS_DIR"):
            extra["attachments_dir"] = os.environ["CRM_SERVER_ATTACHMENTS_DIR"]
        for name in ("max_attachment_bytes", "max_user_attachment_bytes"):
            value = os.environ.get(f"CRM_SERVER_{name.upper()}", "").strip()
            if value.isdigit():
                extra[name] = int(value)
        if os.environ.get("CRM_SERVER_CALENDAR_SECRET"):
            extra["calendar_secret"] = os.environ["CRM_SERVER_CALENDAR_SECRET"]
        return cls(database_url=normalise_url(url), **extra)


def parse_list(value: str) -> tuple[str, ...]:
    """`a, b,c` -> ("a", "b", "c"); empty items are dropped (an empty value trusts no proxy)."""
    return tuple(item.strip() for item in value.split(",") if item.strip())


def normalise_url(url: str) -> str:
    """postgresql:// URLs go through psycopg 3 (SQLAlchemy's default driver is psycopg2)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url

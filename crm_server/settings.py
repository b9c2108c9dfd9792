"""Server settings from the command line and the environment (CRM_SERVER_*), with safe defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

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
    # Failed logins per username within the window before further attempts are refused.
    max_failed_logins: int = 5
    failed_login_window_seconds: int = 300
    max_body_bytes: int = 8 * 1024 * 1024
    max_batch: int = 500
    worker_threads: int = 12  # request threads per process (the database pool holds more connections)

    @classmethod
    def from_env(cls, database_url: str | None = None) -> ServerSettings:
        url = database_url or os.environ.get("CRM_SERVER_DATABASE_URL") or default_database_url()
        return cls(database_url=normalise_url(url))


def normalise_url(url: str) -> str:
    """postgresql:// URLs go through psycopg 3 (SQLAlchemy's default driver is psycopg2)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url

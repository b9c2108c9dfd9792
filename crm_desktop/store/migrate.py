"""Alembic migrations run on open; the file is backed up before any migration touches it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from crm_desktop.store.backups import backup_name, copy_store
from crm_desktop.store.cipher import StoreKey

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision; checked against Alembic's own head by a test. Comparing with this
# constant lets a normal start skip importing Alembic (a noticeable part of start-up time).
HEAD_REVISION = "0018"
KNOWN_REVISIONS = tuple(f"{n:04d}" for n in range(1, int(HEAD_REVISION) + 1))


class NewerSchemaError(RuntimeError):
    """The file was written by a newer version of the app."""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_database(path: Path, backup_dir: Path, label: str, key: StoreKey | None = None) -> Path:
    """Consistent copy (SQLite online backup, WAL included, encrypted like the store) named by time and label."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    return copy_store(path, key, backup_dir / backup_name(path, label))


def alembic_config(engine_or_conn: Engine | Connection) -> Config:
    from alembic.config import Config  # imported lazily: only needed when migrating

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = engine_or_conn
    return cfg


def upgrade(engine: Engine, path: Path, backup_dir: Path, key: StoreKey | None = None,
            target: str = "head") -> Path | None:
    """Bring the store to `target`; returns the backup made first, if the file held data."""
    revision = current_revision(engine)
    if revision == HEAD_REVISION and target == "head":
        return None
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(revision)
    backup = backup_database(path, backup_dir, f"rev{revision}", key) if revision else None
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), target)
    return backup

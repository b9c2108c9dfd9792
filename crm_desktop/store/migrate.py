"""Alembic migrations run on open; the file is backed up before any migration touches it."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, text

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision; checked against Alembic's own head by a test. Comparing with this
# constant lets a normal start skip importing Alembic (a noticeable part of start-up time).
HEAD_REVISION = "0010"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010")


class NewerSchemaError(RuntimeError):
    """The file was written by a newer version of the app."""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_database(path: Path, backup_dir: Path, label: str) -> Path:
    """Consistent copy (SQLite online backup, WAL included) named by time and revision."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{path.stem}-{stamp}-{label}.db"
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target


def alembic_config(engine_or_conn):
    from alembic.config import Config  # imported lazily: only needed when migrating

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = engine_or_conn
    return cfg


def upgrade(engine: Engine, path: Path, backup_dir: Path, target: str = "head") -> Path | None:
    """Bring the store to `target`; returns the backup made first, if the file held data."""
    revision = current_revision(engine)
    if revision == HEAD_REVISION and target == "head":
        return None
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(revision)
    backup = backup_database(path, backup_dir, f"rev{revision}") if revision else None
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), target)
    return backup

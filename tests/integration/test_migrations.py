"""Migrations on a real SQLite file: from empty, from the previous revision, backup first."""

import sqlite3

import pytest
from sqlalchemy import create_engine

from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.store import migrate
from crm_desktop.store.database import OpenProblem, StoreOpenError, list_backups, open_store


def test_head_constant_matches_alembic():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config(None))
    assert script.get_current_head() == migrate.HEAD_REVISION
    assert tuple(sorted(r.revision for r in script.walk_revisions())) == migrate.KNOWN_REVISIONS


def test_new_store_is_created_at_head_in_wal_mode_without_backup(db_path):
    store = open_store(db_path)
    try:
        assert migrate.current_revision(store.engine) == migrate.HEAD_REVISION
        assert store.backup_made is None
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        store.close()


def _store_at_0001_with_a_contact(db_path):
    engine = create_engine(f"sqlite:///{db_path}")
    migrate.upgrade(engine, db_path, db_path.parent / "backups", target="0001")
    con = sqlite3.connect(db_path)
    con.execute(
        "INSERT INTO contacts (id, created_at, updated_at, version, name, mobile, mobile_digits,"
        " is_primary) VALUES ('c1', '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z',"
        " 0, '欧阳娜娜', '+8613912345678', '13912345678', 0)"
    )
    con.commit()
    con.close()
    engine.dispose()


def test_upgrade_from_previous_revision_keeps_data_indexes_it_and_backs_up_first(db_path):
    _store_at_0001_with_a_contact(db_path)
    app = CrmApp.open(db_path)
    try:
        assert app.store.backup_made is not None
        backup = sqlite3.connect(app.store.backup_made)
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert backup.execute("SELECT name FROM contacts").fetchall() == [("欧阳娜娜",)]
        backup.close()
        assert [h.name for h in app.search.search("oynn")] == ["欧阳娜娜"]
        assert [h.name for h in app.search.search("912345")] == ["欧阳娜娜"]
    finally:
        app.close()
    assert list_backups(db_path)


def test_store_from_a_newer_app_is_refused(db_path):
    store = open_store(db_path)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    store.close()
    with pytest.raises(StoreOpenError) as info:
        open_store(db_path)
    assert info.value.problem is OpenProblem.NEWER

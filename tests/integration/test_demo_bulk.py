"""The demo's bulk path: search documents as the app makes them, the side index and worker processes of a large
run, ids, and a cancelled run that leaves indexes, triggers and the journal mode as they were."""

import sqlite3
import uuid

import pytest

from crm_desktop.controllers.demo import generator as demo
from crm_desktop.controllers.demo.rows import SerialIds
from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.customers.phones import phone_digits
from crm_desktop.domain.customers.search_keys import account_search_keys, contact_search_keys, trigram_document
from tests.fakes import RecordingState


def _documents_agree(path) -> int:
    """Every index row is trigram_document of its record's keys; returns how many there are."""
    con = sqlite3.connect(path)
    try:
        accounts = con.execute("SELECT t.keys, a.name, a.short_name, a.phone FROM search_docs d JOIN search_trigram t"
                               " ON t.rowid = d.seq JOIN accounts a ON a.id = d.record_id").fetchall()
        for keys, name, short, phone in accounts:
            assert keys == trigram_document(account_search_keys(name, short, phone_digits(phone))), name
        contacts = con.execute(
            "SELECT t.keys, c.name, c.mobile_digits, c.phone_digits, c.email FROM search_docs d"
            " JOIN search_trigram t ON t.rowid = d.seq JOIN contacts c ON c.id = d.record_id").fetchall()
        for keys, name, mobile, landline, email in contacts:
            assert keys == trigram_document(contact_search_keys(name, mobile, landline, email)), name
        assert con.execute("SELECT count(*) FROM search_docs").fetchone()[0] == len(accounts) + len(contacts)
        con.execute("INSERT INTO search_trigram(search_trigram) VALUES ('integrity-check')")
        return len(accounts) + len(contacts)
    finally:
        con.close()


def test_search_documents_are_the_app_s(demo_crm):
    assert _documents_agree(demo_crm.db_path) == 500


def test_a_large_run_with_workers_and_a_side_index(tmp_path, monkeypatch):
    monkeypatch.setattr(demo, "PARALLEL_FROM", 1_000)
    path = tmp_path / "big.db"
    crm = CrmApp.open(path)
    try:
        counts = crm.load_demo(2_000, seed=5)
        assert counts["contacts"] == 2_000 and counts["accounts"] == 500 and counts["tickets"] == 250
        assert any(h.name.startswith("王") for h in crm.search.search("王", 5))
    finally:
        crm.close()
    assert _documents_agree(path) == 2_500
    assert not list(tmp_path.glob("*.search-side*"))
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert not con.execute("PRAGMA foreign_key_check").fetchall()
    con.close()


def test_ids_are_version_7_and_ascend_with_the_serial_number():
    ids = SerialIds(1_700_000_000_000)
    made = [ids(n) for n in (0, 1, 4095, 4096, 123_456)]
    assert all(uuid.UUID(i).version == 7 and uuid.UUID(i).variant == uuid.RFC_4122 for i in made)
    assert made == sorted(made) and len(set(made)) == len(made)


@pytest.mark.parametrize("cancel_after", [1, 2])
def test_a_cancelled_demo_keeps_the_store_s_indexes_and_triggers(crm, cancel_after):
    def schema():
        con = sqlite3.connect(crm.db_path)
        try:
            return sorted(con.execute("SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger')"))
        finally:
            con.close()

    before = schema()
    with pytest.raises(Exception) as raised:
        crm.load_demo(2_000, RecordingState(cancel_after=cancel_after))
    assert type(raised.value).__name__ == "TaskCancelledError"
    assert schema() == before and crm.is_empty()


def test_the_demo_plans_a_fortnight_of_visits_at_the_owners_accounts(demo_crm):
    """Open visits with a slot and a place on working days ahead, at accounts their owner owns, counted by the
    activity statistics like any visit (ordinary inserts, not the bulk load's)."""
    con = sqlite3.connect(demo_crm.db_path)
    try:
        visits = con.execute(
            "SELECT v.occurred_at, v.ends_at, v.place, v.owner_id, a.owner_id, v.done FROM activities v"
            " JOIN accounts a ON a.id = v.account_id WHERE v.kind = 'visit' AND v.ends_at IS NOT NULL").fetchall()
        stats = con.execute("SELECT coalesce(sum(n), 0) FROM activity_day_stats WHERE kind = 'visit'").fetchone()[0]
        all_visits = con.execute("SELECT count(*) FROM activities WHERE kind = 'visit'").fetchone()[0]
        cities_a_day = con.execute(
            "SELECT count(DISTINCT a.city) FROM activities v JOIN accounts a ON a.id = v.account_id"
            " WHERE v.kind = 'visit' AND v.ends_at IS NOT NULL GROUP BY v.owner_id, substr(v.occurred_at, 1, 10)"
        ).fetchall()
    finally:
        con.close()
    assert len(visits) >= 20
    assert all(start < end and place and owner == account_owner and not done
               for start, end, place, owner, account_owner, done in visits)
    assert stats == all_visits
    assert {n for (n,) in cities_a_day} == {1}  # a rep's day is spent in one city

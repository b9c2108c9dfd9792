"""The test PostgreSQL works the way the server tests and the sync protocol rely on."""

from __future__ import annotations

import psycopg


def test_database_answers(pg_conn):
    assert pg_conn.execute("select 1").fetchone() == (1,)


def test_each_test_gets_an_empty_database_of_its_own(pg_database, pg_url):
    assert pg_database != pg_url
    with psycopg.connect(pg_database) as conn:
        tables = conn.execute("select count(*) from pg_tables where schemaname = 'public'").fetchone()
        assert tables == (0,)


def test_committed_rows_are_seen_by_another_connection(pg_database):
    with psycopg.connect(pg_database) as writer, psycopg.connect(pg_database) as reader:
        writer.execute("create table note (id int primary key, body text)")
        writer.commit()
        writer.execute("insert into note values (1, 'hello')")
        assert reader.execute("select count(*) from note").fetchone() == (0,)  # not yet committed
        reader.commit()
        writer.commit()
        assert reader.execute("select body from note").fetchall() == [("hello",)]


def test_xid8_transaction_ids_and_snapshots(pg_database):
    """The sync protocol orders changes by xid8 and pulls only what every snapshot can see."""
    with psycopg.connect(pg_database) as a, psycopg.connect(pg_database) as b:
        xid = int(a.execute("select pg_current_xact_id()").fetchone()[0])
        (xmin,) = b.execute("select pg_snapshot_xmin(pg_current_snapshot())").fetchone()
        assert int(xmin) <= xid
        # a's transaction is still open: invisible to b's snapshot, which holds it back as xmin at most.
        (visible,) = b.execute("select pg_visible_in_snapshot(%s::xid8, pg_current_snapshot())", [str(xid)]).fetchone()
        assert visible is False
        b.commit()
        a.commit()
        (visible,) = b.execute("select pg_visible_in_snapshot(%s::xid8, pg_current_snapshot())", [str(xid)]).fetchone()
        assert visible is True
        (xmin,) = b.execute("select pg_snapshot_xmin(pg_current_snapshot())").fetchone()
        assert int(xmin) > xid

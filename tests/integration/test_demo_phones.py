"""Demo phone fields hold phone numbers only: every mobile and landline of a demo account or contact is a valid
number in international form (phonenumbers), shown formatted in the list; the country is in the country field."""

from __future__ import annotations

import sqlite3

import phonenumbers

from crm_desktop.domain.common.display import phone_text


def test_demo_phone_fields_hold_valid_phone_numbers_only(crm, db_path):
    crm.load_demo(2_000, seed=1)
    con = sqlite3.connect(db_path)
    try:
        numbers = [(table, column, value) for table, column in
                   (("accounts", "phone"), ("contacts", "phone"), ("contacts", "mobile"))
                   for (value,) in con.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL")]
        countries = {c for (c,) in con.execute("SELECT DISTINCT country FROM accounts")}
        first = con.execute("SELECT phone, mobile FROM contacts ORDER BY id LIMIT 1").fetchone()
    finally:
        con.close()
    assert len(numbers) > 2_000
    bad = [n for n in numbers if not n[2].startswith("+") or not phonenumbers.is_valid_number(phonenumbers.parse(n[2]))]
    assert bad == []
    assert {"中国", "SG"} <= countries and not countries & {n[2] for n in numbers}
    assert all(v is None or v.startswith("+") for v in first)
    landline = next(v for t, c, v in numbers if t == "accounts")
    assert phone_text(landline) != landline.removeprefix("+86")  # formatted as a number ("0571 …"), not as typed

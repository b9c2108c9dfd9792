"""Other programs' real exports import losing nothing: every person, odd values kept for review, owners, creation dates,
unmapped columns; footers skipped and reported; exporting and importing back creates nothing."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

import openpyxl
import pytest

from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.exchange.imports import ImportOptions, ImportResult
from crm_desktop.store.models import User
from tests.real_exports import odd_files
from tests.real_exports.catalog import GENERATORS, make
from tests.real_exports.expected import ANY, Fixture, country_code
from tests.real_exports.reading import card_names, cells_of, sheet_rows, text_rows

NAMES = list(GENERATORS)
_JSON_COLUMNS = ("phones", "emails", "custom_fields", "review", "tags")


# --- the fixture files themselves (these pass whatever the importer does) -------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_each_generator_writes_a_file_that_its_readers_open(tmp_path, name):
    fixture = make(name, tmp_path)
    people = fixture.people
    assert people and len({p["name"] for p in people}) == len(people)  # the tests find people by name
    if fixture.kind == "vcf":
        text = fixture.path.read_bytes().decode("utf-8" if fixture.encoding == "utf-8" else "ascii")
        assert text.count("BEGIN:VCARD") == text.count("END:VCARD") == len(people)
        assert card_names(text) == [p["name"] for p in people]
        for expected in people:
            assert all(value in text for _, value in expected["review"])
        return
    rows = text_rows(fixture) if fixture.kind == "csv" else sheet_rows(fixture)
    for expected in people:
        cells = cells_of(rows[expected["row"] - 1])
        # The row numbers the tests expect in reports point at the person's own row.
        marks = [expected["email"], expected["company"], (expected["mobile"] or "")[-8:] or None]
        assert any(m and (m in cells or m in "".join(cells)) for m in marks), (expected["name"], cells)
        assert all(value in cells for _, value in expected["review"]), (expected["name"], cells)
    for number in fixture.skipped_rows:
        assert cells_of(rows[number - 1]), f"row {number} should hold a footer"
    if fixture.data_rows is not None and fixture.kind in ("xlsx", "xls"):
        assert sum(1 for r in rows if cells_of(r)) >= fixture.data_rows + 1


def test_the_fifty_thousand_row_csv_holds_every_row(tmp_path):
    fixture = odd_files.big_csv(tmp_path)  # how long it takes to write: bench/fixture_csv.py
    assert fixture.path.read_bytes().count(b"\r\n") == odd_files.BIG_ROWS + 1


# --- importing each file --------------------------------------------------------------------------------------


@dataclass
class Imported:
    """One fixture imported into a fresh store (shared by the tests of that fixture)."""

    fixture: Fixture
    app: CrmApp
    users: dict[str, str]  # username and display name (folded) -> user id
    outcome: ImportResult | Exception
    contacts: dict[str, list[dict]]  # name -> stored rows of that name, as right after the import

    @property
    def result(self) -> ImportResult:
        if isinstance(self.outcome, Exception):
            raise AssertionError(f"the import raised {self.outcome!r}") from self.outcome
        return self.outcome

    def one(self, name: str) -> dict:
        found = self.contacts.get(name, [])
        assert len(found) == 1, f"{len(found)} contacts named {name!r}; stored: {sorted(self.contacts)}"
        return found[0]

    def owner_id(self, owner: str) -> str | None:
        return self.users.get(owner.strip().casefold())


def add_users(app: CrmApp, users: list[tuple[str, str]]) -> dict[str, str]:
    ids = {}
    with app.store.sessions() as session:
        for username, display_name in users:
            user = User(username=username, display_name=display_name, role="rep")
            session.add(user)
            session.flush()
            ids[username.casefold()] = ids[display_name.casefold()] = user.id
        session.commit()
    return ids


def stored_contacts(app: CrmApp) -> dict[str, list[dict]]:
    with app.store.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT * FROM contacts WHERE deleted_at IS NULL").mappings().all()
    by_name: dict[str, list[dict]] = {}
    for row in rows:
        record = dict(row)
        for key in _JSON_COLUMNS:
            if isinstance(record.get(key), str):
                record[key] = json.loads(record[key])
        by_name.setdefault(record["name"], []).append(record)
    return by_name


@pytest.fixture(scope="module", params=NAMES)
def imported(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(request.param)
    fixture = make(request.param, folder)
    app = CrmApp.open(folder / "crm.db")
    try:
        users = add_users(app, fixture.users)
        try:
            outcome: ImportResult | Exception = app.imports.run(fixture.path, ImportOptions())
        except Exception as error:  # each test reports it as its own failure
            outcome = error
        yield Imported(fixture, app, users, outcome, stored_contacts(app))
    finally:
        app.close()


def _blank(value):
    return None if value in ("", [], {}) else value


def _created(value) -> datetime | None:
    if not value:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, date) and not isinstance(value, datetime):
        value = datetime.combine(value, clock(12), UTC)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _same_day(want: date | None, stored) -> bool:
    """The source's creation date, whatever time zone the importer read a local time in: within 14 hours of
    that day's noon UTC (a wrong day or a swapped day and month is further off)."""
    have = _created(stored)
    if want is None or have is None:
        return want is None and have is None
    return abs(have - datetime.combine(want, clock(12), UTC)) <= timedelta(hours=14)


READ = {
    "company": lambda c: c["account_name"],
    "phones": lambda c: sorted((p["kind"], p["number"]) for p in c["phones"] or []),
    "country": lambda c: country_code(c["country"]),
}


def compare(bundle: Imported, keys: tuple[str, ...]) -> None:
    """Every expected person's values of these keys, all differences listed at once."""
    bundle.result  # noqa: B018 - an import that raised fails here, with its exception
    problems = []
    for expected in bundle.fixture.people:
        try:
            stored = bundle.one(expected["name"])
        except AssertionError as missing:
            problems.append(str(missing))
            continue
        for key in keys:
            want = expected[key]
            if want == ANY:
                continue
            if key == "created":
                if not _same_day(want, stored["original_created_at"]):
                    problems.append(f"{expected['name']}: created {want}, stored {stored['original_created_at']!r}")
                continue
            want = sorted(want) if key == "phones" else want
            have = _blank(READ[key](stored) if key in READ else stored[key])
            if _blank(want) != have:
                problems.append(f"{expected['name']}: {key} should be {want!r}, stored {have!r}")
    assert not problems, "\n".join(problems)


def test_every_person_is_kept_and_only_nameless_rows_are_errors(imported):
    result, fixture = imported.result, imported.fixture
    assert (result.created, result.errors) == (len(fixture.people), fixture.errors)
    stored = sorted(name for name, rows in imported.contacts.items() for _ in rows)
    assert stored == sorted(p["name"] for p in fixture.people)  # no footer or title became a contact


def _line(entry) -> tuple[str, int, str]:
    """(sheet, row, reason) of a skipped line, a tuple or an object with those attributes."""
    if isinstance(entry, tuple):
        return entry
    return entry.sheet, getattr(entry, "row_number", getattr(entry, "row", None)), entry.reason


def test_footers_totals_and_repeated_headers_are_reported_as_skipped_lines(imported):
    fixture = imported.fixture
    skipped = [_line(entry) for entry in imported.result.skipped_lines]
    assert all(reason for _, _, reason in skipped), skipped
    rows = {row for _, row, _ in skipped}
    assert set(fixture.skipped_rows) <= rows, f"reported {sorted(rows)}"
    assert not rows & {p["row"] for p in fixture.people}, "a person's row was skipped"
    if fixture.sheet:
        assert {sheet for sheet, row, _ in skipped if row in fixture.skipped_rows} <= {fixture.sheet}


def test_names_companies_and_emails(imported):
    compare(imported, ("company", "email"))


def test_phones_are_e164_with_extensions_and_their_kinds(imported):
    compare(imported, ("mobile", "phone", "phones"))


def test_the_address_is_the_persons_own(imported):
    compare(imported, ("country", "province", "city", "district", "street", "postal_code"))


def test_source_lifecycle_and_the_sources_creation_date(imported):
    compare(imported, ("source", "lifecycle", "created"))


def test_owners_are_local_users_by_name_or_login_and_the_rest_are_reported(imported):
    result, fixture = imported.result, imported.fixture
    unmatched, problems = set(), []
    for expected in fixture.people:
        owner = expected["owner"]
        if not owner:
            continue
        stored = imported.one(expected["name"])
        user_id = imported.owner_id(owner)
        if user_id is None:
            unmatched.add(owner)
            if fixture.owner_may_stay_custom and owner in (stored["custom_fields"] or {}).values():
                unmatched.discard(owner)  # kept with its column, which is not losing it either
        elif stored["owner_id"] != user_id:
            problems.append(f"{expected['name']}: owner {owner!r} is user {user_id}, stored {stored['owner_id']}")
    assert not problems, "\n".join(problems)
    reported = set(result.unmatched_owners)
    if fixture.owner_may_stay_custom:
        assert unmatched <= reported
    else:
        assert reported == unmatched


def test_unmapped_columns_are_kept_as_custom_fields(imported):
    imported.result  # noqa: B018
    problems = []
    for expected in imported.fixture.people:
        kept = imported.one(expected["name"])["custom_fields"] or {}
        for header, text in expected["custom"].items():
            if kept.get(header) != text:
                problems.append(f"{expected['name']}: {header!r} should be {text!r}, kept {kept.get(header)!r}")
    assert not problems, "\n".join(problems)


def _place(entry: dict) -> bool:
    """Where the value was: one "where" text, or the sheet and row."""
    return bool(entry.get("where") or (entry.get("sheet") and entry.get("row")))


def test_values_that_fail_validation_are_kept_for_review(imported):
    result, people = imported.result, imported.fixture.people
    problems = []
    for expected in people:
        review = imported.one(expected["name"])["review"] or []
        for field, value in expected["review"]:
            found = [e for e in review if e.get("field") == field and e.get("value") == value]
            if not found:
                problems.append(f"{expected['name']}: {field} {value!r} not kept; review is {review!r}")
            elif not (found[0].get("message") and _place(found[0])):
                problems.append(f"{expected['name']}: review entry without message or place: {found[0]!r}")
            elif expected["row"] is not None and found[0].get("row", expected["row"]) != expected["row"]:
                problems.append(f"{expected['name']}: {value!r} was on row {expected['row']}: {found[0]!r}")
        if review and not expected["review"]:
            problems.append(f"{expected['name']}: nothing was odd, yet review is {review!r}")
    assert not problems, "\n".join(problems)
    rows = sum(1 for p in people if p["review"])
    values = sum(len(p["review"]) for p in people)
    assert rows <= result.warnings <= values  # counted per row or per value, never zero when something was odd


def _report_rows(path: Path) -> list[tuple[str, list[str]]]:
    book = openpyxl.load_workbook(path, read_only=True)
    return [(sheet.title, ["" if v is None else str(v).strip() for v in row])
            for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)]


def _says_warning(text: str) -> bool:
    return "warn" in text.casefold() or "警告" in text


def test_the_report_separates_warnings_from_errors_and_gives_sheet_and_row(imported):
    fixture, result = imported.fixture, imported.result
    reviewed = [p for p in fixture.people if p["review"]]
    if not reviewed and not fixture.errors:
        pytest.skip("nothing odd in this file")
    assert result.error_report and Path(result.error_report).exists()
    rows = _report_rows(Path(result.error_report))
    problems = []
    for expected in reviewed:
        for field, value in expected["review"]:
            where = [(title, cells) for title, cells in rows if value in cells]
            if not where:
                problems.append(f"{expected['name']}: {field} {value!r} is not in the report")
                continue
            title, cells = where[0]
            if not (_says_warning(title) or any(_says_warning(c) for c in cells)):
                problems.append(f"{expected['name']}: {value!r} is not marked as a warning: {title} {cells}")
            if expected["row"] is not None and str(expected["row"]) not in cells:
                problems.append(f"{expected['name']}: {value!r} reported without its row {expected['row']}: {cells}")
            if fixture.sheet and fixture.sheet not in cells and fixture.sheet != title:
                problems.append(f"{expected['name']}: {value!r} reported without its sheet {fixture.sheet}: {cells}")
    assert not problems, "\n".join(problems)
    if fixture.errors:
        marked = [cells for title, cells in rows if not _says_warning(title) and not any(map(_says_warning, cells))]
        assert marked, "the row that names nobody is reported as an error, apart from the warnings"


def snapshot(app: CrmApp) -> tuple[list, int]:
    with app.store.engine.connect() as conn:
        contacts = [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM contacts ORDER BY id")]
        accounts = conn.exec_driver_sql("SELECT count(*) FROM accounts").scalar()
    return contacts, accounts


def test_exporting_and_importing_back_into_the_same_store_creates_nothing(imported, tmp_path):
    imported.result  # noqa: B018
    app = imported.app
    before = snapshot(app)
    created = {}
    for suffix in ("xlsx", "csv", "vcf"):
        path = tmp_path / f"contacts.{suffix}"
        assert app.exports.export_records("contact", path) == len(imported.fixture.people)
        created[suffix] = app.imports.run(path, ImportOptions()).created
    assert created == {"xlsx": 0, "csv": 0, "vcf": 0}
    assert snapshot(app) == before  # the people are as the first import left them


# --- files with something special about them --------------------------------------------------------------------


def test_inspect_passes_over_an_instructions_sheet_and_counts_each_sheets_rows(crm, tmp_path):
    fixture = make("instructions_xlsx", tmp_path)
    overview = crm.imports.inspect(fixture.path)
    assert overview.sheet == "客户联系人"
    assert ("客户联系人", len(fixture.people)) in overview.sheet_rows
    assert [name for name, _ in overview.sheet_rows] == ["填写说明", "客户联系人"]
    assert overview.mapping[:2] == ["name", "mobile"]


@pytest.mark.slow
def test_fifty_thousand_rows_all_arrive(crm, tmp_path):
    fixture = odd_files.big_csv(tmp_path)
    result = crm.imports.run(fixture.path, ImportOptions())
    assert (result.created, result.errors) == (odd_files.BIG_ROWS, 0)
    with crm.store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM contacts").scalar() == odd_files.BIG_ROWS
        for expected in (fixture.people[0], fixture.people[len(fixture.people) // 2], fixture.people[-1]):
            row = conn.exec_driver_sql("SELECT name, account_name, email, city FROM contacts WHERE mobile = ?",
                                       (expected["mobile"],)).one()
            assert tuple(row) == (expected["name"], expected["company"], expected["email"], expected["city"])

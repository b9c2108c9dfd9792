"""Rows of real exports to record values: every person kept, odd values kept for review, phones per row."""

from __future__ import annotations

import pytest

from crm_desktop.domain.common.validation import ValidationError
from crm_desktop.domain.customers.countries import region_of_country
from crm_desktop.domain.customers.phones import format_phone, phone_digits
from crm_desktop.domain.exchange.import_phones import kind_field
from crm_desktop.domain.exchange.import_rows import (
    clean_account_row,
    clean_contact_row,
    custom_cells,
    mapped_cells,
    merge_changes,
)
from crm_desktop.domain.exchange.imports import DuplicatePolicy


def contact(row: list, mapping: list, region: str = "CN", kinds=None):
    return clean_contact_row(mapped_cells(row, mapping, kinds), region)


@pytest.mark.parametrize("text, stored", [
    ("010-12345678转8001", "+861012345678;ext=8001"),
    ("021-50801234-8002", "+862150801234;ext=8002"),
    ("0755-8888 8888 ext. 12", "+8675588888888;ext=12"),
    ("010 6234 5678 分机 3", "+861062345678;ext=3"),
    ("+1 650-253-0000 x 55", "+16502530000;ext=55"),
])
def test_landlines_keep_their_extensions(text, stored):
    row = contact(["王芳", text], ["name", "phone"])
    assert row.values["phone"] == stored and not row.review
    assert phone_digits(stored) == phone_digits(stored.split(";")[0])
    assert stored.split("=")[1] in format_phone(stored)


@pytest.mark.parametrize("country", ["Deutschland", "Germany", "德国", "Allemagne", "Alemania", "ドイツ", "DE", "+49"])
def test_the_rows_country_column_decides_how_national_numbers_read(country):
    row = contact(["Jörg Müller", country, "0711 1234560", "0171 2345678"], ["name", "country", "phone", "mobile"])
    assert row.values["phone"] == "+497111234560"
    assert row.values["mobile"] == "+491712345678"


def test_a_chinese_mobile_of_a_german_contact_still_reads_in_the_home_region():
    row = contact(["Jörg Müller", "Deutschland", "13800138000"], ["name", "country", "mobile"])
    assert row.values["mobile"] == "+8613800138000" and not row.review


def test_kinds_come_from_the_numbering_plan_not_from_chinese_prefixes():
    row = contact(["Ann Lee", "+1 650 253 0000", "010 6234 5678", "13900001111"], ["name", "phone", "mobile", "phone"])
    # The US number stays in its work column (its plan cannot tell mobiles), the landline in the mobile
    # column moves to work, the Chinese mobile in a work column becomes the mobile.
    assert row.values["mobile"] == "+8613900001111"
    assert row.values["phone"] == "+16502530000"
    assert row.values["phones"] == [{"kind": "work", "number": "+861062345678"}]


def test_several_numbers_of_several_kinds_are_all_kept():
    mapping = ["name", "mobile", "mobile", "home_phone", "fax", "other_phone"]
    row = contact(["李雷", "13800138000", "13900139000 ::: 13700137000", "010-88889999", "010-88889998", "4008123123"],
                  mapping)
    assert row.values["mobile"] == "+8613800138000"
    assert [p["kind"] for p in row.values["phones"]] == ["mobile", "mobile", "home", "fax", "other"]


def test_google_type_cells_file_each_number_by_its_kind():
    row = contact(["Ann", "Work Fax", "+44 20 7946 0000"], ["name", None, "other_phone"], "CN",
                  kinds={2: kind_field("Work Fax")})
    assert row.values["phones"] == [{"kind": "fax", "number": "+442079460000"}]


def test_a_bad_value_keeps_the_person_and_the_value_for_review():
    row = contact(["Tom Smith", "020 7946 000", "tom@", "1980-02-30", "Acme Ltd", "United Kingdom"],
                  ["name", "phone", "email", "birthday", "company", "country"])
    assert row.values["name"] == "Tom Smith" and row.company == "Acme Ltd"
    assert [(n["field"], n["value"]) for n in row.review] == [
        ("phone", "020 7946 000"), ("email", "tom@"), ("birthday", "1980-02-30")]
    assert row.values["phone"] is None and row.values["email"] is None


def test_only_a_row_that_names_nobody_is_refused():
    with pytest.raises(ValidationError):
        contact(["", "经理", "注意"], ["name", "title", "notes"])
    row = contact(["", "13800138000"], ["name", "mobile"])
    assert row.values["name"] == "+8613800138000" and row.review[0]["field"] == "name"
    with pytest.raises(ValidationError):
        clean_account_row(mapped_cells(["", "010-88889999"], ["name", "phone"]))


def test_ideographic_spaces_fold_and_rare_characters_stay_whole():
    assert contact(["张　伟"], ["name"]).values["name"] == "张伟"
    assert contact(["𠀀　𪚥"], ["name"]).values["name"] == "𠀀𪚥"
    assert contact(["John　Smith"], ["name"]).values["name"] == "John Smith"


def test_unmapped_columns_are_custom_fields_under_their_titles():
    raw = ["张伟", "KH-0001", "", "blue"]  # as cell texts
    mapping = ["name", None, None, None]
    assert custom_cells(raw, mapping, ["姓名", "客户编码", "Column C", "Favourite Colour"]) == {
        "客户编码": "KH-0001", "Favourite Colour": "blue"}


def test_address_source_lifecycle_and_creation_date_are_the_persons_own():
    row = contact(["Jane Roe", "1 Main St", "Springfield", "IL", "62701", "USA", "Web", "Customer",
                   "2024-03-01T08:15:00.000Z", "Jane Boss"],
                  ["name", "street", "city", "province", "postal_code", "country", "source", "lifecycle",
                   "created_at", "owner"])
    values = row.values
    assert (values["street"], values["city"], values["province"], values["postal_code"], values["country"]) == (
        "1 Main St", "Springfield", "IL", "62701", "USA")
    assert (values["source"], values["lifecycle"], row.owner) == ("Web", "Customer", "Jane Boss")
    assert values["original_created_at"].isoformat() == "2024-03-01T08:15:00+00:00"


def test_a_second_number_or_address_joins_the_record_instead_of_being_dropped():
    current = {"mobile": "+8613800138000", "email": "a@x.cn", "phones": None, "emails": None,
               "review": [{"field": "phone", "value": "123", "message": "m", "row": 3}]}
    incoming = {"mobile": "+8613900139000", "email": "b@x.cn", "phones": [{"kind": "fax", "number": "+861088889999"}],
                "review": [{"field": "phone", "value": "123", "message": "m", "row": 9}]}
    after = merge_changes(current, incoming, DuplicatePolicy.UPDATE)
    assert after["phones"] == [{"kind": "fax", "number": "+861088889999"},
                               {"kind": "mobile", "number": "+8613900139000"}]
    assert after["emails"] == ["b@x.cn"]
    assert "review" not in after  # the same value found again is one note
    assert merge_changes({**current, **after}, incoming, DuplicatePolicy.UPDATE) == {}


@pytest.mark.parametrize("text, region", [("Deutschland", "DE"), ("英国", "GB"), ("UK", "GB"), ("美國", "US"),
                                          ("中国", "CN"), ("Nowhere", None), ("", None)])
def test_country_names_in_many_languages(text, region):
    assert region_of_country(text) == region

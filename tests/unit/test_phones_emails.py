"""Phone and e-mail normalisation: what reps paste from Excel and phones."""

import random

import phonenumbers
import pytest

from crm_desktop.domain.common.validation import FieldError
from crm_desktop.domain.customers.emails import normalize_email
from crm_desktop.domain.customers.phones import format_phone, normalize_phone, phone_digits, query_digits


@pytest.mark.parametrize("raw", [
    "13800138000", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000", "0086 13800138000",
    "＋８６ １３８００１３８０００", "'13800138000", "13800138000.0",
])
def test_mobile_spellings_normalise_to_one_e164(raw):
    assert normalize_phone(raw) == "+8613800138000"


def test_landline_keeps_area_code_and_trunk_zero_in_digits():
    e164 = normalize_phone("010-6552 9988")
    assert e164 == "+861065529988"
    assert phone_digits(e164) == "01065529988"
    assert format_phone(e164) == "010 6552 9988"


def test_foreign_number_with_other_default_region():
    assert normalize_phone("(212) 555-0142", region="US") == "+12125550142"
    assert format_phone("+12125550142") == "+1 212-555-0142"


@pytest.mark.parametrize("raw", ["12345", "1.38001E+10", "not a phone", "138001380001234"])
def test_invalid_phone_is_refused(raw):
    with pytest.raises(FieldError) as info:
        normalize_phone(raw, field="mobile")
    assert info.value.field == "mobile"


def test_empty_phone_is_none():
    assert normalize_phone("  ") is None


def test_query_digits_ignore_country_code_and_punctuation():
    assert query_digits("+86 138-0013") == "1380013"
    assert query_digits("0086 138 0013") == "1380013"
    assert query_digits("(010) 6552") == "0106552"


def test_email_is_lower_cased_and_checked():
    assert normalize_email(" Zhang.Wei@Example.COM ") == "zhang.wei@example.com"
    assert normalize_email("") is None
    for bad in ("zhang.wei@", "zhang wei@example.com", "@example.com", "zhang@@example.com"):
        with pytest.raises(FieldError):
            normalize_email(bad)


def test_chinese_mobiles_are_formatted_as_phonenumbers_formats_them():
    """format_phone's quick path for +86 1[3-9] mobiles gives the library's own text, at home and abroad."""
    rng = random.Random(20)
    for prefix in range(130, 200):
        for _ in range(20):
            e164 = f"+86{prefix}{rng.randint(0, 99_999_999):08d}"
            number = phonenumbers.parse(e164, None)
            national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            international = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            assert format_phone(e164, "CN") == national
            assert format_phone(e164, "US") == international

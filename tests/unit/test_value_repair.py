"""Repairing imported values: dates in every spelling, Excel's damaged numbers, free-text choices."""

from datetime import date, datetime, time

import pytest

from crm_desktop.domain.common.dates import INVALID_DATE, YEAR_MISSING, parse_date
from crm_desktop.domain.common.validation import FieldError
from crm_desktop.domain.customers.enums import AccountLevel, AccountSource, AccountStatus, ActivityKind
from crm_desktop.domain.customers.phones import INVALID_PHONE, PHONE_LOST_DIGITS, lost_digits, normalize_phone
from crm_desktop.domain.customers.rules import UNKNOWN_VALUE
from crm_desktop.domain.exchange.cells import cell_text
from crm_desktop.domain.exchange.choices import parse_choice

MARCH_5 = date(2024, 3, 5)


@pytest.mark.parametrize("raw", [
    "2024-03-05", "2024/3/5", "2024.3.5", "2024年3月5日", "2024年03月05号", "20240305", "05.03.2024",
    "3/5/2024", "03/05/2024", "２０２４－０３－０５", "2024-03-05 00:00:00", "2024-03-05T08:30:00",
    "3/5/2024 9:15 AM", " 2024-03-05 ", "March 5, 2024", "5 Mar 2024", "'2024-03-05",
])
def test_date_spellings(raw):
    assert parse_date(raw) == MARCH_5


def test_day_first_when_the_first_number_cannot_be_a_month():
    assert parse_date("25/3/2024") == date(2024, 3, 25)
    assert parse_date("25.03.2024") == date(2024, 3, 25)


def test_typed_values_and_excel_serials():
    assert parse_date(MARCH_5) == MARCH_5
    assert parse_date(datetime(2024, 3, 5, 17, 45)) == MARCH_5
    assert parse_date(45356) == MARCH_5
    assert parse_date(45356.75) == MARCH_5  # the fraction is a time of day
    assert parse_date(1) == date(1900, 1, 1)
    assert parse_date(59) == date(1900, 2, 28)
    assert parse_date(61) == date(1900, 3, 1)
    assert parse_date(20240305) == MARCH_5  # typed as a number into a General cell


@pytest.mark.parametrize("raw", ["2024-02-30", "2023-02-29", "2024-13-01", "13/13/2024", "next Tuesday", "2024-03",
                                 60, 0, -5, 3_000_000, True])
def test_impossible_dates_are_refused(raw):
    with pytest.raises(FieldError) as info:
        parse_date(raw, field="due")
    assert info.value.field == "due"
    assert info.value.message == INVALID_DATE


def test_leap_day_that_exists():
    assert parse_date("2024-02-29") == date(2024, 2, 29)


@pytest.mark.parametrize("raw", ["--0312", "--03-12", "03-12", "3/12", "3月12日"])
def test_birthday_without_year_says_so(raw):
    with pytest.raises(FieldError) as info:
        parse_date(raw)
    assert (info.value.field, info.value.message) == ("birthday", YEAR_MISSING)


@pytest.mark.parametrize("raw", [None, "", "   ", "0/0/00", "0000-00-00", "-"])
def test_empty_date_is_none(raw):
    # 0/0/00 is how Outlook writes a contact without a birthday.
    assert parse_date(raw) is None


@pytest.mark.parametrize("raw", ["1.38001E+10", "1.38E+10", "1,38E+10", "'1.38001E+10", "１．３８Ｅ＋１０", "1.38e10"])
def test_scientific_notation_phone_explains_the_lost_digits(raw):
    assert lost_digits(raw)
    with pytest.raises(FieldError) as info:
        normalize_phone(raw, field="mobile")
    assert (info.value.field, info.value.message) == ("mobile", PHONE_LOST_DIGITS)


def test_whole_number_read_as_float_is_still_a_phone():
    assert not lost_digits("13800138000")
    assert normalize_phone(cell_text(13800138000.0)) == "+8613800138000"
    with pytest.raises(FieldError) as info:
        normalize_phone("12345")
    assert info.value.message == INVALID_PHONE  # other bad numbers keep their own message


@pytest.mark.parametrize(("value", "text"), [
    (None, ""), ("  张伟 ", "张伟"), ("\ufeffName", "Name"), (13800138000.0, "13800138000"), (42, "42"),
    (1.5, "1.5"), (0.1 + 0.2, "0.3"), (True, "TRUE"), (False, "FALSE"), (MARCH_5, "2024-03-05"),
    (datetime(2024, 3, 5), "2024-03-05"), (datetime(2024, 3, 5, 9, 30), "2024-03-05 09:30"),
    (time(9, 30), "09:30"), (float("nan"), ""),
    ("'=SUM(A1)", "=SUM(A1)"), ("'+86 138", "+86 138"), ("'-5", "-5"), ("'@home", "@home"), ("'\tx", "x"),
    ("'0123", "'0123"), ("rock 'n' roll", "rock 'n' roll"), ("'", "'"),
])
def test_cell_text(value, text):
    assert cell_text(value) == text


@pytest.mark.parametrize(("text", "status"), [
    ("lead", "lead"), ("LEAD", "lead"), ("Prospect", "prospect"), ("线索", "lead"), ("意向客户", "prospect"),
    ("潜在客户", "prospect"), ("成交客户", "customer"), ("签约客户", "customer"), ("客户", "customer"),
    ("沉睡", "dormant"), ("休眠客户", "dormant"), ("流失", "lost"), ("丢失", "lost"), ("流失客戶", "lost"),
])
def test_status_words(text, status):
    assert parse_choice(text, AccountStatus, "status") == status


@pytest.mark.parametrize(("text", "source"), [
    ("Cold call", "cold_call"), ("cold_call", "cold_call"), ("COLD-CALL", "cold_call"), ("Trade fair", "exhibition"),
    ("Exhibition", "exhibition"), ("展会", "exhibition"), ("会展", "exhibition"), ("转介绍", "referral"),
    ("客户推荐", "referral"), ("官网", "web"), ("网络推广", "web"), ("陌拜", "cold_call"), ("电销", "cold_call"),
    ("陌生拜访", "cold_call"), ("市场活动", "campaign"), ("其它", "other"), ("其他", "other"),
])
def test_source_words(text, source):
    assert parse_choice(text, AccountSource, "source") == source


@pytest.mark.parametrize(("text", "level"), [
    ("A", "A"), ("b", "B"), ("A级", "A"), ("B类", "B"), ("C级客户", "C"), ("一级", "A"), ("四级", "D"),
    ("Level C", "C"), ("Ｄ", "D"),
])
def test_level_words(text, level):
    assert parse_choice(text, AccountLevel, "level") == level


def test_activity_kind_words():
    assert parse_choice("拜访", ActivityKind, "kind") == "visit"
    assert parse_choice("E-mail", ActivityKind, "kind") == "email"


def test_empty_choice_is_none_and_unknown_is_refused():
    assert parse_choice("  ", AccountStatus, "status") is None
    assert parse_choice(None, AccountLevel, "level") is None
    for text, enum_cls in (("重要客户", AccountLevel), ("E", AccountLevel), ("maybe", AccountStatus)):
        with pytest.raises(FieldError) as info:
            parse_choice(text, enum_cls, "x")
        assert (info.value.field, info.value.message) == ("x", UNKNOWN_VALUE)


def test_choice_is_the_stored_value():
    value = parse_choice("展会", AccountSource, "source")
    assert value == "exhibition" and isinstance(value, str)

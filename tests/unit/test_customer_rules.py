"""Validation gathers every bad field of a form at once and names it."""

import pytest

from crm_desktop.domain.common.validation import ValidationError
from crm_desktop.domain.customers.entities import AccountInput, ActivityInput, ContactInput
from crm_desktop.domain.customers.rules import clean_account, clean_activity, clean_contact


def test_contact_errors_name_each_field():
    with pytest.raises(ValidationError) as info:
        clean_contact(ContactInput(name=" ", mobile="123", email="zhang@"))
    assert set(info.value.errors) == {"name", "mobile", "email"}


def test_contact_values_are_normalised():
    values = clean_contact(ContactInput(name=" 张伟 ", mobile="138-0013-8000", email="ZW@X.CN",
                                        tags=("VIP", " VIP ", "展会")))
    assert values["name"] == "张伟"
    assert values["mobile"] == "+8613800138000"
    assert values["email"] == "zw@x.cn"
    assert values["tags"] == ["VIP", "展会"]


def test_account_choices_are_checked():
    with pytest.raises(ValidationError) as info:
        clean_account(AccountInput(name="华为", status="friend", level="Z"))
    assert set(info.value.errors) == {"status", "level"}


def test_activity_needs_subject_and_a_customer():
    with pytest.raises(ValidationError) as info:
        clean_activity(ActivityInput(kind="visit", subject=""))
    assert set(info.value.errors) == {"subject", "account_id"}

"""Company and person name folding, and the fuzzy-name duplicate rule."""

import pytest

from crm_desktop.domain.common.validation import FieldError
from crm_desktop.domain.customers.duplicates import is_similar_name, name_similarity
from crm_desktop.domain.customers.names import company_key, normalize_name, person_key


@pytest.mark.parametrize("name", [
    "华为技术有限公司", "華為技術有限公司", "华为技术（深圳）有限公司", "华为技术(深圳)有限公司",
    "华为技术股份有限公司", "ＨＵＡＷＥＩ华为技术有限公司".replace("ＨＵＡＷＥＩ", ""), "华为技术 Co., Ltd.",
    "华为技术集团",
])
def test_company_spellings_fold_to_one_key(name):
    assert company_key(name) == "华为技术"


def test_company_key_keeps_meaningful_brackets_and_english_suffixes():
    assert company_key("Acme Trading Co., Ltd.") == company_key("ACME trading") == "acmetrading"
    assert company_key("Acme Inc.") == "acme"
    assert company_key("星光（国际贸易部）") != company_key("星光")


def test_person_name_tidy_and_required():
    assert normalize_name("  张　伟 ") == "张伟"
    assert normalize_name("John   Smith") == "John Smith"
    with pytest.raises(FieldError):
        normalize_name("   ")
    assert person_key("張偉") == person_key("张伟")


@pytest.mark.parametrize(("a", "b", "similar"), [
    ("张伟", "张 伟", True),
    ("张伟", "張偉", True),
    ("张伟", "章伟", True),     # same reading
    ("John Smith", "Jon Smith", True),
    ("张伟", "张伟明", False),
    ("张伟", "李娜", False),
    ("John Smith", "Joan Smyth", False),
])
def test_fuzzy_name_rule(a, b, similar):
    assert is_similar_name(a, b) is similar, name_similarity(a, b)

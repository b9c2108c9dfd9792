"""Search keys: pinyin of Chinese names, polyphones, marks for the trigram index."""

from crm_desktop.domain.customers.pinyin_keys import pinyin_keys
from crm_desktop.domain.customers.search_keys import (
    CJK_START,
    START,
    SUFFIX,
    contact_search_keys,
    document_keys,
    trigram_document,
)
from crm_desktop.store.search_index import search_terms


def test_full_pinyin_and_initials():
    assert pinyin_keys("张伟") == (("zhangwei",), ("zw",))


def test_both_readings_of_a_polyphone_surname_are_keys():
    fulls, initials = pinyin_keys("曾伟")
    assert fulls[0] == "zengwei"  # the surname reading first
    assert "cengwei" in fulls
    assert {"zw", "cw"} <= set(initials)
    fulls, _ = pinyin_keys("单田芳")
    assert fulls[0] == "shantianfang"


def test_names_without_chinese_have_no_pinyin():
    assert pinyin_keys("John Smith") == ((), ())


def test_trigram_document_marks_keys_and_name_windows():
    keys = contact_search_keys("张伟明", "13812345678", None, "Zwm@Example.com")
    body = trigram_document(keys)
    assert f"{CJK_START}张伟明" in body
    for key in ("zhangweiming", "zwm", "13812345678", "zwm@example.com"):
        assert f"{START}{key}" in body and f"{START}{START}{key}" not in body
    assert f"{SUFFIX}伟明" in body and f"{SUFFIX}明" in body
    assert f"{SUFFIX}张" not in body  # the first character is covered by "starts with"
    assert document_keys(body) == ["张伟明", "zhangweiming", "zhangweimeng", "zwm", "13812345678",
                                   "zwm@example.com"]


def test_query_classification():
    assert search_terms("+86 138-0013") == ("phone", "1380013")
    assert search_terms("Zhang Wei") == ("text", "zhangwei")
    assert search_terms("张伟") == ("cjk", "张伟")
    assert search_terms("ZW@163") == ("text", "zw@163")

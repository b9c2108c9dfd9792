"""Name sort keys: Chinese names in pinyin order, interleaved with Latin names, as a rep reads a directory."""

from crm_desktop.domain.customers.sort_keys import name_sort_key


def ordered(names):
    return sorted(names, key=name_sort_key)


def test_chinese_names_sort_by_pinyin_not_by_code_point():
    # By code point: 张 (U+5F20) < 李 (U+674E) < 王 (U+738B) < 白 (U+767D) < 陈 (U+9648).
    assert ordered(["张伟", "李娜", "王芳", "白雪", "陈静"]) == ["白雪", "陈静", "李娜", "王芳", "张伟"]


def test_latin_and_chinese_names_share_one_alphabet():
    assert ordered(["Zoe Adams", "王芳", "Aaron Baker", "安娜", "Lina Smith", "李娜"]) == [
        "Aaron Baker", "安娜", "李娜", "Lina Smith", "王芳", "Zoe Adams"]


def test_syllables_sort_as_in_a_dictionary():
    assert ordered(["林", "李娜"]) == ["李娜", "林"]  # li na before lin
    assert ordered(["张伟明", "张伟"]) == ["张伟", "张伟明"]


def test_homophones_group_by_character():
    assert ordered(["章伟", "张伟", "章伟", "张伟"]) == ["张伟", "张伟", "章伟", "章伟"]


def test_surnames_read_as_surnames():
    assert name_sort_key("曾伟").startswith("zeng wei")  # not ceng
    assert name_sort_key("单田芳").startswith("shan ")  # not dan


def test_case_width_and_accents_fold():
    assert name_sort_key("Émile Zola").startswith("emile zola")
    assert name_sort_key("ＡＢＣ公司").startswith("abc gong si")
    assert ordered(["zeta", "Émile", "alpha"]) == ["alpha", "Émile", "zeta"]
    assert name_sort_key("Tom Lee") == "tom lee"  # plain names cost no more than themselves
    assert name_sort_key("") is None and name_sort_key(None) is None

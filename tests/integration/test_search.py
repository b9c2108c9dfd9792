"""Search as a Chinese field rep expects it, against a real store and its FTS5 index."""

from crm_desktop.domain.customers.entities import AccountInput, ActivityInput, ContactInput


def names(crm, query, limit=50):
    return [h.name for h in crm.search.search(query, limit)]


def add(crm, name, **kw):
    return crm.customers.create_contact(ContactInput(name=name, **kw))


def test_chinese_substrings_of_one_and_two_characters(crm):
    add(crm, "张伟")
    add(crm, "王小明")
    add(crm, "李明")
    assert names(crm, "张") == ["张伟"]
    assert names(crm, "小明") == ["王小明"]
    assert set(names(crm, "明")) == {"王小明", "李明"}
    assert names(crm, "王小明") == ["王小明"]
    assert names(crm, "伟") == ["张伟"]


def test_pinyin_full_and_initials_and_polyphones(crm):
    add(crm, "张伟")
    add(crm, "曾丽")
    assert names(crm, "zhangwei") == ["张伟"]
    assert names(crm, "Zhang Wei") == ["张伟"]
    assert names(crm, "zw") == ["张伟"]
    assert names(crm, "zhang") == ["张伟"]
    assert names(crm, "zl") == ["曾丽"] and names(crm, "cl") == ["曾丽"]  # both readings of 曾


def test_phone_fragments_emails_and_traditional_characters(crm):
    add(crm, "陳靜", mobile="139 1234 5678", email="Chen.Jing@Example.com")
    for query in ("1234", "+86 139-1234", "139 1234 5678", "chen.jing@", "example.com", "陈静", "cj"):
        assert names(crm, query) == ["陳靜"], query


def test_company_finds_the_account_and_its_people(crm):
    account = crm.customers.create_account(AccountInput(name="上海恒通贸易有限公司"))
    add(crm, "赵磊", account_id=account.id)
    add(crm, "钱芳")
    hits = crm.search.search("恒通")
    assert [(h.type, h.name) for h in hits] == [("account", "上海恒通贸易有限公司"), ("contact", "赵磊")]
    assert hits[1].account == "上海恒通贸易有限公司"


def test_ranking_exact_then_prefix_then_substring_then_recency(crm):
    add(crm, "李张伟")   # contains
    add(crm, "张伟明")   # starts with
    exact = add(crm, "张伟")
    add(crm, "张伟")     # a second exact match, more recent
    hits = crm.search.search("张伟")
    assert [h.name for h in hits] == ["张伟", "张伟", "张伟明", "李张伟"]
    assert hits[1].id == exact.id
    crm.activities.log(ActivityInput(kind="call", subject="回访", contact_id=exact.id))
    assert crm.search.search("张伟")[0].id == exact.id  # recent activity breaks the tie


def test_index_follows_edits_deletes_and_restores(crm):
    contact = add(crm, "周杰", mobile="13600001111")
    crm.customers.update_contact(contact.id, ContactInput(name="周杰伦", mobile="13600002222"))
    assert names(crm, "周杰伦") == ["周杰伦"]
    assert names(crm, "00001111") == []
    crm.customers.delete_contact(contact.id)
    assert names(crm, "zjl") == []
    crm.customers.restore_contact(contact.id)
    assert names(crm, "zjl") == ["周杰伦"]


def test_odd_queries_do_not_fail(crm):
    add(crm, "John O'Brien", email="john@example.com")
    for query in ('"', "'", "*", "AND", "a OR b", "(", "NEAR", "-", "   ", "\\", "%_"):
        crm.search.search(query)
    assert names(crm, "o'brien") == ["John O'Brien"]
    assert names(crm, "john") == ["John O'Brien"]


def test_limit_holds_on_a_big_territory(demo_crm):
    assert len(demo_crm.search.search("a", 10)) <= 10
    assert len(demo_crm.search.search("王", 5)) == 5

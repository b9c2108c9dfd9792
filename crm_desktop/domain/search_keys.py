"""The text a record is found by: its names, pinyin, phone digits, e-mail and company."""

from __future__ import annotations

from crm_desktop.domain.names import person_key
from crm_desktop.domain.pinyin_keys import pinyin_keys

# Start and end marks around each key let one trigram index answer "equals" and
# "starts with" as well as "contains": a query for the mark plus `zw` is a prefix search.
START = "\x02"
END = "\x03"


def record_keys(
    name: str, *, phones: tuple[str, ...] = (), email: str | None = None,
    company: str | None = None, extra_names: tuple[str, ...] = (),
) -> list[str]:
    """Every key of one record, most specific first, without repeats or empties."""
    keys: list[str] = []
    for text in (name, *extra_names):
        if not text:
            continue
        keys.append(text.lower())
        folded = person_key(text)
        if folded != text.lower():
            keys.append(folded)  # "John Smith" is also found as "johnsmith"
        fulls, initials = pinyin_keys(folded)
        keys.extend(fulls)
        keys.extend(initials)
    keys.extend(p for p in phones if p)
    if email:
        keys.append(email.lower())
    if company:
        keys.append(company.lower())
    return list(dict.fromkeys(k for k in keys if k))


def trigram_document(keys: list[str]) -> str:
    """Body of the trigram index row: each key between the start and end marks."""
    return " ".join(f"{START}{k}{END}" for k in keys)


def short_document(keys: list[str]) -> tuple[str, str]:
    """(whole-word column, single-character column) for one- and two-character queries.

    Trigrams cannot answer queries shorter than three characters, so a second index holds
    each key as whole words (for `zw`, `zw*`) and Chinese characters one by one (for 张, 张伟).
    """
    whole = " ".join(keys)
    # A "0" token between keys stops a phrase like 伟华 matching across 张伟 and 华为.
    cjk = [" ".join(k) for k in keys if any("\u3400" <= c <= "\u9fff" for c in k)]
    cjk_chars = " 0 ".join(cjk)
    return whole, cjk_chars


def account_search_keys(name: str, short_name: str | None, phone_digits: str | None) -> list[str]:
    return record_keys(name, phones=(phone_digits or "",), extra_names=(short_name or "",))


def contact_search_keys(
    name: str, mobile_digits: str | None, phone_digits: str | None, email: str | None,
    account_name: str | None,
) -> list[str]:
    return record_keys(
        name, phones=(mobile_digits or "", phone_digits or ""), email=email, company=account_name
    )

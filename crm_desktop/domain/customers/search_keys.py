"""The text a record is found by: its names, pinyin, phone digits, e-mail and company."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crm_desktop.domain.customers.names import contains_cjk, person_key
from crm_desktop.domain.customers.pinyin_keys import pinyin_keys

# Each key starts with a mark, so "starts with" is a phrase query (mark + `zw`) on the same
# trigram index as "contains"; which hits are "equals" is read back from the stored keys.
# Chinese name keys carry a two-character mark so that even a one-character query (张)
# becomes a three-character phrase, which trigrams can answer; other keys need a second typed
# character. The two-character windows of Chinese names after their first character (伟明, 明
# of 张伟明; 恒通 of 深圳恒通电子) carry their own mark, so a one- or two-character query finds
# a name that contains it.
START = "\x02"
CJK_START = "\x02\x02"
SUFFIX = "\x01\x01"
# Names that folding would not change (plain ASCII letters and digits).
_PLAIN = re.compile(r"^[a-z0-9]+$")


def name_keys(name: str, extra_names: tuple[str, ...] = ()) -> list[str]:
    """The keys a person or company is called by: the name, folded, pinyin and initials."""
    return list(_name_keys(name, extra_names))


@lru_cache(maxsize=8192)  # the common names; a bigger cache costs memory and finds little more
def _name_keys(name: str, extra_names: tuple[str, ...]) -> tuple[str, ...]:
    # Names repeat (a hundred thousand people share a few thousand Chinese names): worked out once each.
    keys: list[str] = []
    for text in (name, *extra_names):
        if not text:
            continue
        lowered = text.lower()
        keys.append(lowered)
        folded = lowered if _PLAIN.match(lowered) else person_key(text)
        if folded != lowered:
            keys.append(folded)  # "John Smith" is also found as "johnsmith"
        fulls, initials = pinyin_keys(folded)
        keys.extend(fulls)
        keys.extend(initials)
    return tuple(dict.fromkeys(keys))


@dataclass(frozen=True)
class SearchKeys:
    """A record's keys: what it is called (names, pinyin) and what else finds it."""

    names: tuple[str, ...]
    others: tuple[str, ...] = ()

    @property
    def all(self) -> list[str]:
        return list(dict.fromkeys(k for k in (*self.names, *self.others) if k))


def record_keys(
    name: str, *, phones: tuple[str, ...] = (), email: str | None = None,
    company: str | None = None, extra_names: tuple[str, ...] = (),
) -> SearchKeys:
    others = [p for p in phones if p]
    if email:
        others.append(email.lower())
    if company:
        others.append(company.lower())
    return SearchKeys(_name_keys(name, extra_names), tuple(others))


def trigram_document(keys: SearchKeys) -> str:
    """Body of the index row: each key after its mark, then the name windows."""
    names, windows = _name_document(keys.names)
    others = "".join(_marked(k) for k in dict.fromkeys(keys.others) if k and k not in keys.names)
    return names + others + windows


def _marked(key: str) -> str:
    return f"{CJK_START if contains_cjk(key) else START}{key}"


@lru_cache(maxsize=8192)
def _name_document(names: tuple[str, ...]) -> tuple[str, str]:
    """(the marked name keys, the name windows) of a document: the same for everyone of one name."""
    windows = {k[i:i + 2] for k in names if contains_cjk(k) for i in range(1, len(k))}
    return "".join(_marked(k) for k in names if k), "".join(f"{SUFFIX}{w}" for w in sorted(windows))


def account_search_keys(name: str, short_name: str | None, phone_digits: str | None) -> SearchKeys:
    return record_keys(name, phones=(phone_digits or "",), extra_names=(short_name or "",))


def contact_search_keys(
    name: str, mobile_digits: str | None, phone_digits: str | None, email: str | None,
) -> SearchKeys:
    """A contact's company is not among its keys: the account matches and the search lists
    its contacts right after it (keeps the index a fifth smaller at a million contacts)."""
    return record_keys(name, phones=(mobile_digits or "", phone_digits or ""), email=email)


def document_keys(document: str) -> list[str]:
    """The keys stored in an index row body (the inverse of trigram_document)."""
    return [k for k in document.split(SUFFIX)[0].split(START) if k]

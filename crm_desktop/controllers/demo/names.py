"""Name pools for demo data: names drawn once per seed, each name's search keys worked out once.

A million contacts share a few tens of thousands of names, as in any large customer base; the
expensive part of a search document (folding, simplified Chinese, pinyin, the two-character windows
of a Chinese name) depends on the name alone, so it is computed once per name and process, and each
record only adds its phones and e-mail. `NamePart.document` gives exactly search_keys.trigram_document
of the record's keys (tests compare the two).
"""

from __future__ import annotations

import random
from functools import cache

from crm_desktop.controllers.demo.people import DemoPeople
from crm_desktop.domain.customers.names import company_key, contains_cjk
from crm_desktop.domain.customers.pinyin_keys import pinyin_keys
from crm_desktop.domain.customers.search_keys import CJK_START, START, SUFFIX, name_keys
from crm_desktop.domain.customers.sort_keys import name_sort_key

ZH_PEOPLE = 40_000
EN_PEOPLE = 12_000
ZH_COMPANIES = 30_000   # without a city in the name
CITY_COMPANIES = 400    # per city, with the city in front
EN_COMPANIES = 20_000


class NamePart:
    """A name's share of a search document: its keys, their text and the windows of its Chinese keys."""

    __slots__ = ("body", "keys", "tail")

    def __init__(self, name: str) -> None:
        names = tuple(dict.fromkeys(name_keys(name)))  # SearchKeys.names of record_keys(name)
        self.keys = names  # a handful: a tuple is as quick to search as a set, and a third of its size
        self.body = "".join(f"{CJK_START if contains_cjk(k) else START}{k}" for k in names if k)
        windows = {k[i:i + 2] for k in names if contains_cjk(k) for i in range(1, len(k))}
        self.tail = "".join(f"{SUFFIX}{w}" for w in sorted(windows))

    def document(self, *others: str | None) -> str:
        """trigram_document of the name's keys with `others` (phone digits, lower-case e-mail) after them."""
        extra: list[str] = []
        for other in others:
            if other and other not in self.keys and other not in extra:
                extra.append(other)
        if not extra:
            return self.body + self.tail
        marks = "".join(f"{START if o.isascii() or not contains_cjk(o) else CJK_START}{o}" for o in extra)
        return self.body + marks + self.tail


class Person:
    __slots__ = ("chinese", "mail", "name", "part", "sort")

    def __init__(self, name: str, chinese: bool) -> None:
        self.name, self.chinese, self.part = name, chinese, NamePart(name)
        self.sort = name_sort_key(name)  # the list's order (store/derived.py), once per name
        if chinese:
            fulls, _ = pinyin_keys(name)
            self.mail = fulls[0] if fulls else "user"  # DemoPeople.email's local part
        else:
            self.mail = name.lower().replace(" ", ".")


class Company:
    __slots__ = ("key", "name", "part", "sort")

    def __init__(self, name: str) -> None:
        self.name, self.key, self.part = name, company_key(name), NamePart(name)
        self.sort = name_sort_key(name)


class NameBook:
    """The pools of one seed. Drawing a name is an index into a list; its keys are worked out the first
    time this process draws it (a pool is the same in every process: its own seeded stream)."""

    def __init__(self, seed) -> None:
        rng = random.Random(f"{seed}:names")
        people = DemoPeople(rng)
        self._seed = seed
        self.zh_people = [people.chinese_name() for _ in range(ZH_PEOPLE)]
        self.en_people = [people.english_name() for _ in range(EN_PEOPLE)]
        self.zh_companies = [people.chinese_company("") for _ in range(ZH_COMPANIES)]
        self.en_companies = [people.english_company() for _ in range(EN_COMPANIES)]
        self._city_companies: dict[str, list[str]] = {}
        self._persons: dict[str, Person] = {}
        self._companies: dict[str, Company] = {}

    def person(self, rng: random.Random, chinese: bool) -> Person:
        pool = self.zh_people if chinese else self.en_people
        name = pool[int(rng.random() * len(pool))]
        found = self._persons.get(name)
        if found is None:
            found = self._persons[name] = Person(name, chinese)
        return found

    def company(self, rng: random.Random, chinese: bool, city: str = "") -> Company:
        """A Chinese company has its city in front half the time (DemoPeople.chinese_company)."""
        if not chinese:
            pool = self.en_companies
        elif rng.random() < 0.5:
            pool = self._city_companies.get(city)
            if pool is None:
                own = DemoPeople(random.Random(f"{self._seed}:names:{city}"))
                short = city.removesuffix("市")
                pool = self._city_companies[city] = [short + own.chinese_company("") for _ in range(CITY_COMPANIES)]
        else:
            pool = self.zh_companies
        name = pool[int(rng.random() * len(pool))]
        found = self._companies.get(name)
        if found is None:
            found = self._companies[name] = Company(name)
        return found


@cache
def name_book(seed) -> NameBook:
    return NameBook(seed)

"""Realistic fake people, companies and places for demo data (Chinese and English)."""

from __future__ import annotations

import json
import random
from functools import cache

from crm_desktop.domain.customers.pinyin_keys import pinyin_keys
from crm_desktop.paths import DATA_DIR

MAIL_DOMAINS_ZH = ("163.com", "qq.com", "126.com", "sina.com", "foxmail.com", "139.com")
MAIL_DOMAINS_EN = ("gmail.com", "outlook.com", "yahoo.com", "hotmail.com")
MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150",
                   "151", "152", "155", "157", "158", "159", "166", "177", "180", "181", "182",
                   "183", "185", "186", "187", "188", "189", "191", "198", "199")


@cache
def vocab(name: str):
    return json.loads((DATA_DIR / "demo" / f"{name}.json").read_text(encoding="utf-8"))


class DemoPeople:
    """Draws names, companies and places from the shipped vocabularies with a seeded RNG."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.zh = vocab("people_zh")
        self.en = vocab("people_en")
        self.companies = vocab("companies")
        self.places = vocab("places_cn")
        self.intl = vocab("places_intl")
        # Common surnames are far more common: weight by rank (王 is ~30x rarer than nothing).
        n = len(self.zh["surnames"])
        self.surname_weights = [1.0 / (i + 3) for i in range(n)]

    def chinese_name(self) -> str:
        rng = self.rng
        surname = rng.choices(self.zh["surnames"], self.surname_weights)[0]
        if rng.random() < 0.45:
            return surname + rng.choice(self.zh["given_two_char"])
        if rng.random() < 0.5:
            return surname + rng.choice(self.zh["given_chars"])
        return surname + rng.choice(self.zh["given_chars"]) + rng.choice(self.zh["given_chars"])

    def english_name(self) -> str:
        return f"{self.rng.choice(self.en['first_names'])} {self.rng.choice(self.en['last_names'])}"

    def chinese_company(self, city: str) -> str:
        c, rng = self.companies, self.rng
        place = city.removesuffix("市") if rng.random() < 0.5 else ""
        return place + rng.choice(c["zh_prefixes"]) + rng.choice(c["zh_industries_words"]) + rng.choice(
            c["zh_suffixes"])

    def english_company(self) -> str:
        c, rng = self.companies, self.rng
        return f"{rng.choice(c['en_words'])} {rng.choice(c['en_words'])} {rng.choice(c['en_suffixes'])}"

    def mobile(self) -> str:
        return "+86" + self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"

    def landline(self, area_code: str, digits: int = 8) -> str:
        """`digits`: the local number's length in that city (places_cn.json's local_digits)."""
        first = str(self.rng.randint(2, 8))
        return "+86" + area_code[1:] + first + f"{self.rng.randrange(10 ** (digits - 1)):0{digits - 1}d}"

    def email(self, name: str, serial: int, chinese: bool) -> str:
        if chinese:
            fulls, _ = pinyin_keys(name)
            local = fulls[0] if fulls else "user"
            return f"{local}{serial % 10000}@{self.rng.choice(MAIL_DOMAINS_ZH)}"
        local = name.lower().replace(" ", ".")
        return f"{local}{serial % 1000}@{self.rng.choice(MAIL_DOMAINS_EN)}"

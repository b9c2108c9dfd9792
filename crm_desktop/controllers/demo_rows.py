"""Rows of demo data, generated in chunks that worker processes can build independently.

A chunk is fully described by a picklable DemoChunk (its own seed, times and search ranks),
so the data are the same whichever process builds them and in whatever order they finish.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from crm_desktop.controllers.demo_people import DemoPeople, vocab
from crm_desktop.domain.ids import new_id
from crm_desktop.domain.names import company_key
from crm_desktop.domain.phones import phone_digits
from crm_desktop.domain.search_keys import account_search_keys, contact_search_keys
from crm_desktop.store.search_index import document_row

TAGS = ("VIP", "重点客户", "展会", "老客户", "待回访", "Key account", "经销商", "Partner")
LEVELS = ("A", "B", "B", "C", "C", "C", "D")
STATUSES = ("lead", "prospect", "customer", "customer", "customer", "dormant", "lost")
SOURCES = ("exhibition", "referral", "web", "cold_call", "campaign", "other")
KINDS = ("call", "call", "visit", "visit", "meeting", "email", "note", "task")


@dataclass(frozen=True)
class DemoChunk:
    kind: str                      # "accounts" | "contacts"
    seed: str
    first: int                     # serial number of the chunk's first record
    created: list[float]           # per record: creation time (epoch seconds)
    touched: list[float | None]    # per record: last activity time, None if none
    seqs: list[int]                # per record: search-index rank (recency order)
    owners: list[str]
    now: float
    today: date
    accounts: list[tuple | None] | None = None  # contacts only: (id, name, owner, phone)


@dataclass
class ChunkRows:
    records: list[tuple]
    activities: list[tuple]
    documents: list[tuple]
    tags: list[tuple]  # (tag, entity, record id): the local tag index (record_tags)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_day_prefix: dict[int, str] = {}


def iso(ts: float) -> str:
    """The store's timestamp text (types.ISO_FORMAT) without strftime: demo data formats
    millions of them."""
    day, rest = divmod(ts, 86400.0)
    day = int(day)
    prefix = _day_prefix.get(day)
    if prefix is None:
        prefix = _day_prefix[day] = (_EPOCH + timedelta(days=day)).strftime("%Y-%m-%dT")
    secs, micros = divmod(int(rest * 1_000_000), 1_000_000)
    hours, secs = divmod(secs, 3600)
    minutes, secs = divmod(secs, 60)
    return f"{prefix}{hours:02d}:{minutes:02d}:{secs:02d}.{micros:06d}Z"


def build_chunk(chunk: DemoChunk) -> ChunkRows:
    """Top-level (picklable) entry point for worker processes."""
    return _ChunkBuilder(chunk).build()


class _ChunkBuilder:
    def __init__(self, chunk: DemoChunk) -> None:
        self.c = chunk
        self.rng = random.Random(chunk.seed)
        self.people = DemoPeople(self.rng)
        self.out = ChunkRows([], [], [], [])

    def build(self) -> ChunkRows:
        make = self._account if self.c.kind == "accounts" else self._contact
        for i in range(len(self.c.created)):
            make(i)
        return self.out

    def _tags(self, entity: str, record_id: str) -> str | None:
        """JSON text of the record's tags; their index rows go to the chunk's tag list."""
        if self.rng.random() > 0.3:
            return None
        picked = self.rng.sample(TAGS, self.rng.randint(1, 2))
        self.out.tags.extend((t, entity, record_id) for t in picked)
        return "[" + ",".join(f'"{t}"' for t in picked) + "]"

    def _followup(self) -> str | None:
        if self.rng.random() < 0.12:
            return (self.c.today + timedelta(days=self.rng.randint(-10, 20))).isoformat()
        return None

    def _account(self, i: int) -> None:
        rng, p, c = self.rng, self.people, self.c
        chinese = rng.random() < 0.8
        if chinese:
            place = rng.choice(p.places)
            name = p.chinese_company(place["city"])
            phone = p.landline(place["area_code"])
            address = ("中国", place["province"], place["city"], rng.choice(place["districts"]),
                       f"{rng.choice(place['streets'])}{rng.randint(1, 999)}号")
        else:
            place = rng.choice(p.intl)
            name, phone = p.english_company(), None
            address = (place["country"], place.get("region"), place["city"], None, None)
        industry = rng.choice(p.companies["industries"])["zh" if chinese else "en"]
        created, touched = iso(c.created[i]), c.touched[i]
        record_id = new_id()
        self.out.records.append((
            record_id, created, iso(touched) if touched else created, rng.choice(c.owners), name,
            None, industry, rng.choice(LEVELS), rng.choice(STATUSES), rng.choice(SOURCES), phone,
            *address, self._tags("account", record_id), iso(touched) if touched else None,
            self._followup(),
            company_key(name),
        ))
        keys = account_search_keys(name, None, phone_digits(phone))
        self.out.documents.append(document_row(c.seqs[i], "account", record_id, keys))

    def _contact(self, i: int) -> None:
        rng, p, c = self.rng, self.people, self.c
        account = c.accounts[i]
        account_id, account_name = (account[0], account[1]) if account else (None, None)
        chinese = not account_name.isascii() if account_name else rng.random() < 0.8
        name = p.chinese_name() if chinese else p.english_name()
        titles = vocab("titles")["zh" if chinese else "en"]
        mobile = p.mobile() if chinese or rng.random() < 0.3 else None
        phone = account[3] if account and rng.random() < 0.3 else None
        owner = account[2] if account and rng.random() < 0.9 else rng.choice(c.owners)
        email = p.email(name, c.first + i, chinese) if rng.random() < 0.7 else None
        record_id = new_id()
        created, touched = c.created[i], c.touched[i]
        if touched is not None:
            self._activities(record_id, account_id, owner, created, touched, chinese)
        mobile_digits, phone_digits_ = phone_digits(mobile) or None, phone_digits(phone) or None
        created_text = iso(created)
        self.out.records.append((
            record_id, created_text, created_text, owner, account_id, name,
            rng.choice(titles["titles"]), rng.choice(titles["departments"]), mobile, phone, email,
            self._tags("contact", record_id), (c.first + i) % 4 == 0, iso(touched) if touched else None,
            self._followup(), account_name, mobile_digits, phone_digits_,
        ))
        keys = contact_search_keys(name, mobile_digits, phone_digits_, email)
        self.out.documents.append(document_row(c.seqs[i], "contact", record_id, keys))

    def _activities(self, contact_id, account_id, owner, created: float, last: float,
                    chinese: bool) -> None:
        """One to three activities (1.6 on average), the newest at the contact's last activity."""
        rng, texts = self.rng, vocab("activity_texts")
        times = [last] + [rng.uniform(created, last) for _ in range(rng.choice((0, 0, 0, 1, 2)))]
        for at in times:
            kind = rng.choice(KINDS)
            lang = "zh" if chinese else "en"
            is_task = kind == "task"
            at_text = iso(at)
            due = iso(self.c.now + rng.uniform(-5, 10) * 86400) if is_task else None
            outcome = None if is_task else rng.choice(texts["outcomes_" + lang])
            self.out.activities.append((
                new_id(), at_text, at_text, owner, kind, rng.choice(texts[lang][kind]), at_text,
                due, 0 if is_task and rng.random() < 0.6 else 1, outcome, account_id, contact_id,
            ))




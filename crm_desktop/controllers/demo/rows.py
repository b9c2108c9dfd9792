"""Rows of demo data, generated in chunks that worker processes can build independently.

A chunk is fully described by a picklable DemoChunk (its own seed, times and search ranks),
so the data are the same whichever process builds them and in whatever order they finish.
Rows come back ready for executemany: values that are often missing are '' for the
`nullif(?, '')` of their statements (binding None costs the sqlite3 driver a raised and cleared
exception per value, which at a million rows is seconds), flags are 0/1, the search documents
are one JSON text per chunk (search_side, as UTF-8 bytes), and the stats are tallied (day_stats.Tally).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from crm_desktop.controllers.demo.names import name_book
from crm_desktop.controllers.demo.people import MAIL_DOMAINS_EN, MAIL_DOMAINS_ZH, MOBILE_PREFIXES, vocab
from crm_desktop.domain.customers.phones import phone_digits
from crm_desktop.store.day_stats import Tally, segment_key
from crm_protocol.ids import VARIANT, random_hex

TAGS = ("VIP", "重点客户", "展会", "老客户", "待回访", "Key account", "经销商", "Partner")
LEVELS = ("A", "B", "B", "C", "C", "C", "D")
STATUSES = ("lead", "prospect", "customer", "customer", "customer", "dormant", "lost")
SOURCES = ("exhibition", "referral", "web", "cold_call", "campaign", "other")
KINDS = ("call", "call", "visit", "visit", "meeting", "email", "note", "task")
ACTIVITY_COUNTS = (0, 0, 0, 1, 2)  # more activities than the last one, per active contact


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_day_prefix: dict[int, str] = {}
_clock: list[str] = []  # "HH:MM:SS." for each second of a day


def iso(ts: float) -> str:
    """The store's timestamp text (types.ISO_FORMAT) without strftime: demo data formats
    millions of them."""
    if not _clock:
        _clock.extend(f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}." for s in range(86400))
    day, rest = divmod(int(ts * 1_000_000), 86_400_000_000)
    prefix = _day_prefix.get(day)
    if prefix is None:
        prefix = _day_prefix[day] = (_EPOCH + timedelta(days=day)).strftime("%Y-%m-%dT")
    second, micros = divmod(rest, 1_000_000)
    return f"{prefix}{_clock[second]}{micros:06d}Z"


class SerialIds:
    """UUIDv7 ids whose time and 12-bit counter (RFC 9562, method 1) come from the run's stamp and the
    record's serial number, so a table's ids ascend in the order its rows are written (B-tree appends);
    62 random bits (from the OS: ids differ between runs of the same seed) keep them unique. A fifth of
    the cost of uuid6.uuid7()."""

    def __init__(self, ms: int) -> None:
        self.ms = ms
        self._high, self._prefix = -1, ""

    def __call__(self, serial: int) -> str:
        high = self.ms + (serial >> 12)
        if high != self._high:
            self._high, self._prefix = high, f"{high >> 16:08x}-{high & 0xFFFF:04x}-7"
        r = random_hex(16)
        return f"{self._prefix}{serial & 0xFFF:03x}-{VARIANT[r[0]]}{r[1:4]}-{r[4:]}"




@dataclass(frozen=True)
class DemoChunk:
    kind: str                      # "accounts" | "contacts"
    seed: str                      # this chunk's own random stream
    names: int | str               # seed of the shared name pools (demo_names)
    first: int                     # serial number of the chunk's first record
    id_ms: int                     # the run's id time: ids ascend with the serial number
    created: list[float]           # per record: creation time (epoch seconds)
    touched: list[float | None]    # per record: last activity time, None if none
    seqs: list[int]                # per record: search-index rank (recency order)
    owners: list[str]
    now: float
    today: date
    accounts: list[tuple | None] | None = None  # contacts only: AccountRef or None


@dataclass
class ChunkRows:
    records: list[tuple] = field(default_factory=list)
    activities: list[tuple] = field(default_factory=list)
    documents: bytes = b"[]"       # UTF-8 JSON [[seq, entity, record id, index body], ...]
    tags: list[tuple] = field(default_factory=list)  # (tag, entity, record id): the local tag index
    refs: list[tuple] = field(default_factory=list)  # accounts only: AccountRef per record
    tally: Tally = field(default_factory=Tally)      # what the stats triggers would have counted


# AccountRef: (id, name, owner, phone, segment_key) of an account, for its contacts.


def build_chunk(chunk: DemoChunk) -> ChunkRows:
    """Top-level (picklable) entry point for worker processes."""
    return _ChunkBuilder(chunk).build()


def warm_up(seed) -> None:
    """A worker's first job: the name pools and vocabularies, while the loader plans the run."""
    name_book(seed)
    for name in ("places_cn", "places_intl", "companies", "titles", "activity_texts"):
        vocab(name)


class _ChunkBuilder:
    def __init__(self, chunk: DemoChunk) -> None:
        self.c = chunk
        self.rng = random.Random(chunk.seed)
        self.rnd = self.rng.random
        self.book = name_book(chunk.names)
        self.ids = SerialIds(chunk.id_ms)
        self.out = ChunkRows()
        self.docs: list[list] = []
        # Activity tally keys (Tally.activity's), counted in one go at the end: Counter.update runs in C.
        self.activity_days: list[tuple] = []
        self.days = [(chunk.today + timedelta(days=d)).isoformat() for d in range(-10, 21)]
        self.places, self.intl = vocab("places_cn"), vocab("places_intl")
        self.industries = vocab("companies")["industries"]
        self.texts = vocab("activity_texts")

    def build(self) -> ChunkRows:
        make = self._account if self.c.kind == "accounts" else self._contact
        for i in range(len(self.c.created)):
            make(i)
        self.out.tally.activity_days.update(self.activity_days)
        # UTF-8 bytes: half the size of the text while the search index's thread catches up, and no decoding.
        self.out.documents = json.dumps(self.docs, ensure_ascii=False).encode()
        return self.out

    def _tags(self, entity: str, record_id: str) -> str:
        """JSON text of the record's tags ('' for none); their index rows go to the chunk's tag list."""
        rnd = self.rnd
        if rnd() > 0.3:
            return ""
        first = int(rnd() * 8)
        if rnd() < 0.5:
            picked = (TAGS[first],)
        else:
            second = int(rnd() * 7)
            picked = (TAGS[first], TAGS[second + (second >= first)])  # two different tags
        self.out.tags.extend((t, entity, record_id) for t in picked)
        return "[" + ",".join(f'"{t}"' for t in picked) + "]"

    def _followup(self) -> str:
        return self.days[int(self.rnd() * 31)] if self.rnd() < 0.12 else ""

    def _account(self, i: int) -> None:
        rnd, c = self.rnd, self.c
        chinese = rnd() < 0.8
        if chinese:
            place = self.places[int(rnd() * len(self.places))]
            company = self.book.company(self.rng, True, place["city"])
            # A landline as the city dials it: 7 or 8 digits after the area code (data/demo/places_cn.json, as
            # phonenumbers has them), so it reads, formats and matches as a phone number.
            area, digits = place["area_code"], place["local_digits"]
            phone = f"+86{area[1:]}{2 + int(rnd() * 7)}{int(rnd() * 10 ** (digits - 1)):0{digits - 1}d}"
            districts, streets = place["districts"], place["streets"]
            address = ("中国", place["province"], place["city"], districts[int(rnd() * len(districts))],
                       f"{streets[int(rnd() * len(streets))]}{1 + int(rnd() * 999)}号")
        else:
            place = self.intl[int(rnd() * len(self.intl))]
            company = self.book.company(self.rng, False)
            phone = ""
            address = (place["country"], place.get("region") or "", place["city"], "", "")
        industry = self.industries[int(rnd() * len(self.industries))]["zh" if chinese else "en"]
        created, touched = iso(c.created[i]), c.touched[i]
        touched_text = iso(touched) if touched else ""
        record_id = self.ids(c.first + i)
        owner, level = c.owners[int(rnd() * len(c.owners))], LEVELS[int(rnd() * len(LEVELS))]
        status, source = STATUSES[int(rnd() * len(STATUSES))], SOURCES[int(rnd() * len(SOURCES))]
        self.out.records.append((
            record_id, created, touched_text or created, owner, company.name, industry, level, status, source,
            phone, *address, self._tags("account", record_id), touched_text, self._followup(), company.key,
            company.sort,
        ))
        self.out.refs.append((record_id, company.name, owner, phone or None,
                              segment_key(level, status, industry, source, address[1] or None, address[2])))
        self.out.tally.account(created, source, level, owner)
        self.docs.append([c.seqs[i], "account", record_id, company.part.document(phone_digits(phone))])

    def _contact(self, i: int) -> None:
        rnd, c = self.rnd, self.c
        account = c.accounts[i]
        if account:
            account_id, account_name, account_owner, account_phone, segment = account
            chinese = not account_name.isascii()
        else:
            account_id = account_name = account_owner = account_phone = segment = None
            chinese = rnd() < 0.8
        person = self.book.person(self.rng, chinese)
        titles = vocab("titles")["zh" if chinese else "en"]
        mobile = (f"+86{MOBILE_PREFIXES[int(rnd() * len(MOBILE_PREFIXES))]}{int(rnd() * 1e8):08d}"
                  if chinese or rnd() < 0.3 else None)
        phone = account_phone if account and rnd() < 0.3 else None
        owner = account_owner if account and rnd() < 0.9 else c.owners[int(rnd() * len(c.owners))]
        serial = c.first + i
        email = None
        if rnd() < 0.7:
            email = (f"{person.mail}{serial % 10000}@{MAIL_DOMAINS_ZH[int(rnd() * len(MAIL_DOMAINS_ZH))]}"
                     if chinese else f"{person.mail}{serial % 1000}@{MAIL_DOMAINS_EN[int(rnd() * 4)]}")
        record_id = self.ids(serial)
        created, touched = c.created[i], c.touched[i]
        if touched is not None:
            self._activities(record_id, account_id, owner, created, touched, chinese)
        mobile_digits, phone_digits_ = phone_digits(mobile), phone_digits(phone)
        created_text = iso(created)
        job_titles, departments = titles["titles"], titles["departments"]
        self.out.records.append((
            record_id, created_text, created_text, owner, account_id or "", person.name,
            job_titles[int(rnd() * len(job_titles))], departments[int(rnd() * len(departments))], mobile or "",
            phone or "", email or "", self._tags("contact", record_id), int(serial % 4 == 0),
            iso(touched) if touched else "", self._followup(), account_name or "", mobile_digits, phone_digits_,
            person.sort,
        ))
        self.out.tally.contact(segment, email)
        document = person.part.document(mobile_digits, phone_digits_, email.lower() if email else None)
        self.docs.append([c.seqs[i], "contact", record_id, document])

    def _activities(self, contact_id, account_id, owner, created: float, last: float, chinese: bool) -> None:
        """One to three activities (1.6 on average), the newest at the contact's last activity."""
        rnd, texts = self.rnd, self.texts
        lang = "zh" if chinese else "en"
        subjects, outcomes = texts[lang], texts["outcomes_" + lang]
        times = [last] + [created + (last - created) * rnd() for _ in range(ACTIVITY_COUNTS[int(rnd() * 5)])]
        activities, days = self.out.activities, self.activity_days
        base, account_id = 4 * self.c.first, account_id or ""  # activity ids ascend too: at most three a contact
        for at in times:
            kind = KINDS[int(rnd() * len(KINDS))]
            is_task = kind == "task"
            at_text = iso(at)
            due = iso(self.c.now + (rnd() * 15 - 5) * 86400) if is_task else ""
            outcome = "" if is_task else outcomes[int(rnd() * len(outcomes))]
            texts_of_kind = subjects[kind]
            activities.append((
                self.ids(base + len(activities)), at_text, at_text, owner, kind,
                texts_of_kind[int(rnd() * len(texts_of_kind))], at_text, due, 0 if is_task and rnd() < 0.6 else 1,
                outcome, account_id, contact_id,
            ))
            days.append((at_text[:10], kind, owner or ""))  # Tally.activity's key

"""A company with a real sync server and several laptops, driven by random steps, and the sync
promise checked after everyone has synced until quiet (tests/sync/test_model.py, bench/sync_model.py).

Steps: edits of every entity kind (guarded and unguarded fields), deletes, stock moves (order
reservations, shipments, cancellations, a manager's adjustments), syncs in any order, a sync with an
edit landing while its pull is in flight, a backup and a restore of an older backup, a store copied to
a new laptop, records handed to colleagues, users moved between teams and given other roles.

Invariants: every edit a laptop made was acknowledged by the server (or withdrawn by restoring an
older backup); every acknowledged edit is on the server as first applied; no edit applied twice; all
laptops equal to the server, record by record; no guarded field overwritten without a conflict.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from crm_desktop.controllers.security.controller import restore_store
from crm_desktop.store.journal import plain, synced_fields_of
from crm_desktop.store.models import OutboxEntry, SyncedRecord
from crm_desktop.sync.records import model_of
from crm_desktop.sync.schema import GUARDED, entities
from crm_desktop.sync.transport import SyncError
from crm_server.admin import Admin
from crm_server.auth import Caller
from crm_server.models import AppliedMutation, Record, RecordHistory, User
from crm_server.scopes import ScopeKeys, Viewer
from tests.sync import model_steps
from tests.sync.laptops import Laptop

USERS = ("wang", "li", "chen", "zhao", "boss")  # tests/server/sync_world.py
MAX_LAPTOPS = 6


@dataclass
class Figures:
    """What a run did and what it checked, summed over runs."""

    runs: int = 0
    steps: int = 0
    edits: int = 0
    syncs: int = 0
    acknowledged: int = 0
    restores: int = 0
    copies: int = 0
    withdrawn: int = 0  # edits made after a backup and dropped by restoring it (the user's choice)
    records_compared: int = 0
    lost: int = 0
    duplicates: int = 0
    forks: int = 0  # a laptop holding another value than the server under the same version
    differences: int = 0  # any record a laptop holds otherwise than the server
    guarded_overwritten: int = 0
    outcomes: Counter = field(default_factory=Counter)
    samples: list = field(default_factory=list)  # what differed, for the failure message (a few)

    def add(self, other: Figures) -> None:
        for name, value in vars(other).items():
            if name == "outcomes":
                self.outcomes.update(value)
            elif name == "samples":
                self.samples = (self.samples + value)[:10]
            else:
                setattr(self, name, getattr(self, name) + value)


class ModelLaptop(Laptop):
    """A laptop that also remembers every mutation it made (read from its outbox as it grows)."""

    def __init__(self, *args, **kwargs) -> None:
        self.made: set[str] = set()
        self.withdrawn: set[str] = set()
        self.backups: list[tuple[Path, set[str]]] = []
        super().__init__(*args, **kwargs)

    def note_made(self) -> None:
        with self.app.store.sessions() as s:
            self.made.update(s.scalars(select(OutboxEntry.mutation_id)))


class World:
    def __init__(self, client, root: Path, template_store: Path, rng: random.Random) -> None:
        self.client, self.root, self.template, self.rng = client, root, template_store, rng
        self.figures = Figures(runs=1)
        self.laptops: list[ModelLaptop] = []
        for username in ("wang", "chen", "zhao", "boss"):
            self.add_laptop(username)

    # --- laptops ---------------------------------------------------------------------------

    def add_laptop(self, username: str, copy_of: ModelLaptop | None = None) -> ModelLaptop:
        n = len(self.laptops)
        path = self.root / f"laptop-{n}-{username}.db"
        if copy_of is None:
            shutil.copy(self.template, path)
        else:
            copy_of.close()
            shutil.copy(copy_of.path, path)
            copy_of.open()
        laptop = ModelLaptop(self.client, path, username, self.root / f"computer-{n}")
        if copy_of is not None:
            laptop.made = set(copy_of.made)
        laptop.log_in()
        self.laptops.append(laptop)
        return laptop

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.close()

    def pick(self, index: int) -> ModelLaptop:
        return self.laptops[index % len(self.laptops)]

    # --- steps -----------------------------------------------------------------------------

    def edit(self, index: int, seed: int) -> None:
        """Something a user does on one laptop: create, change or delete a record of some kind."""
        laptop, rng = self.pick(index), random.Random(seed)
        self.figures.steps += 1
        try:
            model_steps.act(laptop.app, rng, self.user_ids)
            self.figures.edits += 1
        except (ValueError, LookupError, model_steps.NothingToDo):
            pass  # the form refused it, or there was nothing of that kind: the user does something else
        laptop.note_made()

    def sync(self, index: int) -> None:
        self.figures.steps += 1
        self._sync(self.pick(index))

    def sync_with_edit_in_flight(self, index: int, seed: int) -> None:
        laptop = self.pick(index)
        self.figures.steps += 1
        laptop.during_pull = lambda: self.edit(index, seed)
        self._sync(laptop)
        laptop.during_pull = None

    def back_up(self, index: int) -> None:
        laptop = self.pick(index)
        self.figures.steps += 1
        laptop.note_made()
        backup = laptop.app.security.backup_now(self.root / f"backup-{self.rng.random():.12f}.db")
        laptop.backups.append((backup, set(laptop.made)))

    def restore(self, index: int) -> None:
        """The user puts an older backup back; edits made since and never pushed go with it."""
        laptop = self.pick(index)
        self.figures.steps += 1
        if not laptop.backups:
            return
        backup, made_then = laptop.backups[-1]
        laptop.note_made()
        laptop.withdrawn |= laptop.made - made_then - set(self.acked())
        laptop.close()
        restore_store(laptop.path, backup, None)
        laptop.open()
        laptop.made = set(made_then)
        self.figures.restores += 1

    def copy(self, index: int) -> None:
        """The store file copied to another computer, where the same user logs in."""
        self.figures.steps += 1
        if len(self.laptops) >= MAX_LAPTOPS:
            return
        source = self.pick(index)
        source.note_made()
        self.add_laptop(source.username, copy_of=source)
        self.figures.copies += 1

    def move_user(self, seed: int) -> None:
        """The admin moves a rep to the other team, or changes someone's role, on the server."""
        rng = random.Random(seed)
        self.figures.steps += 1
        with self.client.app.state.sessions() as s:
            admin = Admin(s)
            if rng.random() < 0.5:
                admin.add_member(rng.choice(("华东", "华西")), rng.choice(("wang", "li", "zhao")))
            else:
                admin.set_role(rng.choice(("li", "zhao")), rng.choice(("rep", "manager")))
            s.commit()

    def _sync(self, laptop: ModelLaptop) -> None:
        laptop.note_made()
        with contextlib.suppress(SyncError):  # offline, refused: the app tries again later; nothing is lost
            laptop.sync()
        self.figures.syncs += 1

    # --- the end: everyone syncs until quiet, then the promise is checked ------------------

    def quiesce(self, rounds: int = 8) -> None:
        for round_ in range(rounds):
            for laptop in self.laptops:
                model_steps.settle_issues(laptop.app, self.rng, keep_mine=round_ < 2)
            for laptop in self.laptops:
                laptop.note_made()
                laptop.sync()
            pending = sum(laptop.app.sync.status().pending for laptop in self.laptops)
            issues = sum(laptop.app.sync.status().issues for laptop in self.laptops)
            if not pending and not issues and round_ >= 1:
                break
        for laptop in self.laptops:  # a last round: everyone has what the last pusher sent
            laptop.sync()

    def check(self) -> Figures:
        f = self.figures
        acked = self.acked()
        f.acknowledged = len(acked)
        f.outcomes.update(acked.values())
        with self.client.app.state.sessions() as s:
            first = {row.mutation_id: row.outcome["outcome"] for row in
                     s.scalars(select(AppliedMutation).where(AppliedMutation.echo_of.is_(None)))}
            applied_twice = s.execute(select(RecordHistory.mutation_id, func.count()).where(
                RecordHistory.mutation_id.isnot(None)).group_by(RecordHistory.mutation_id)
                .having(func.count() > 1)).all()
            f.guarded_overwritten = sum(
                bool(GUARDED.get(h.entity, frozenset()).intersection(h.overwritten or ()))
                for h in s.scalars(select(RecordHistory).where(RecordHistory.overwritten.isnot(None))))
        made = set().union(*(laptop.made for laptop in self.laptops))
        withdrawn = set().union(*(laptop.withdrawn for laptop in self.laptops))
        never_acked = made - set(acked) - withdrawn
        # Answered by the server, but not there as first applied (or applied as something else).
        mismatched = {m for m, outcome in acked.items() if first.get(m) != outcome and outcome != "rejected"}
        f.withdrawn = len(withdrawn)
        f.lost = len(never_acked) + len(mismatched)
        f.duplicates = len(applied_twice)
        for laptop in self.laptops:
            assert laptop.app.sync.status().pending == 0, f"{laptop.path.name} still has edits to push"
            differences, forks, compared = self._compare(laptop)
            f.differences += differences
            f.forks += forks
            f.records_compared += compared
        return f

    def acked(self) -> dict[str, str]:
        answers: dict[str, str] = {}
        for laptop in self.laptops:
            answers.update(laptop.acked)
        return answers

    @property
    def user_ids(self) -> dict[str, str]:
        with self.client.app.state.sessions() as s:
            return {u.username: u.id for u in s.scalars(select(User))}

    def _compare(self, laptop: ModelLaptop) -> tuple[int, int, int]:
        """(records that differ, of which forks, records compared) between a laptop and what the
        server lets its user see; checksums of each record's synced fields."""
        server = self._visible(laptop.username)
        local = _local_records(laptop)
        differences = forks = 0
        for key in set(server) | set(local):
            theirs, mine = server.get(key), local.get(key)
            if theirs is None or mine is None:
                differences += 1
                self._sample(laptop, key, "only on the server" if mine is None else "only on the laptop")
                continue
            if _checksum(mine[1], theirs[1]) != _checksum(theirs[1], theirs[1]):
                differences += 1
                forks += mine[0] == theirs[0]
                fields = {f: (mine[1].get(f), v) for f, v in theirs[1].items() if mine[1].get(f) != v}
                self._sample(laptop, key, f"laptop v{mine[0]} / server v{theirs[0]}: {fields}")
        return differences, forks, len(server)

    def _sample(self, laptop: ModelLaptop, key: tuple[str, str], what: str) -> None:
        if len(self.figures.samples) < 10:
            self.figures.samples.append(f"{laptop.path.name} {key[0]} {key[1][:8]}: {what}")

    def _visible(self, username: str) -> dict[tuple[str, str], tuple[int, dict]]:
        with self.client.app.state.sessions() as s:
            user = s.scalars(select(User).where(User.username == username)).one()
            viewer = Viewer.of(s, Caller(user.id, user.username, user.role, user.team_id, ""))
            rows = s.scalars(select(Record).where(Record.deleted_at.is_(None), Record.entity != "user"))
            return {(r.entity, r.id): (r.version, r.data) for r in rows if viewer.sees(ScopeKeys.of(r))}


def _local_records(laptop: ModelLaptop) -> dict[tuple[str, str], tuple[int, dict]]:
    found = {}
    with laptop.app.store.sessions() as s:
        for name in entities():
            model: type[SyncedRecord] | None = model_of(name)
            if model is None or name == "user":
                continue
            for row in s.scalars(select(model).where(model.deleted_at.is_(None))):
                found[(name, row.id)] = (row.version, {f: plain(getattr(row, f)) for f in synced_fields_of(model)})
    return found


def _checksum(values: dict, server: dict) -> str:
    """A record's checksum over the fields the server holds (the laptop may hold more, empty)."""
    picked = {name: values.get(name) for name in sorted(server)}
    return hashlib.sha256(json.dumps(picked, sort_keys=True, default=str).encode()).hexdigest()

"""Server tables: users, teams, devices, tokens, failed logins, and the synced records with their change log."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, ForeignKey, Index, Integer, String, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from crm_protocol.envelope import MutationOutcome, StockCause


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Team(Base):
    __tablename__ = "teams"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    manager_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class User(Base):
    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16), default="rep")  # admin | manager | rep
    team_id: Mapped[str | None] = mapped_column(ForeignKey("teams.id"))
    password_hash: Mapped[str] = mapped_column(String(200))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Device(Base):
    """One installation of the app; it numbers its mutations (sync-protocol.md, Identity)."""

    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    name: Mapped[str] = mapped_column(String(120))
    last_applied_seq: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_devices_user", "user_id"),)


class Token(Base):
    """An access or refresh token, stored only as its SHA-256: the database never holds a usable token.

    The access and refresh token handed out together share a `grant_id`. A refresh token used up by
    rotation names the grant that replaced it in `replaced_by` (revoked by logout, revocation or a
    detected reuse it has none), which is what lets a lost refresh answer be retried (auth.py)."""

    __tablename__ = "tokens"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(8))  # access | refresh
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    grant_id: Mapped[str | None] = mapped_column(String(36))  # None for tokens issued before s0004
    replaced_by: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (Index("ix_tokens_device", "device_id"), Index("ix_tokens_grant", "grant_id"))


class FailedLogin(Base):
    """A wrong password, by username and source address: throttling counts both (auth.py)."""

    __tablename__ = "failed_logins"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(60))
    address: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    # Every throttling query names an address and a time range; the username narrows within it.
    __table_args__ = (Index("ix_failed_logins_address_at", "address", "at"),)


# --- synced data -------------------------------------------------------------------------
# One table holds every entity's rows as JSON: the server checks and merges fields by the wire
# schema (crm_protocol.entities) and never needs a table per entity. The scope keys are
# columns, so "what may this user see" is plain indexed SQL.

Json = JSON().with_variant(JSONB(), "postgresql")


class Record(Base):
    __tablename__ = "records"

    entity: Mapped[str] = mapped_column(String(32), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(Json)
    field_versions: Mapped[dict[str, int]] = mapped_column(Json)
    version: Mapped[int] = mapped_column(BigInteger)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # Scope keys (crm_server/scopes.py): who may see and edit the row.
    owner_id: Mapped[str | None] = mapped_column(String(36))
    assignee_id: Mapped[str | None] = mapped_column(String(36))
    team_id: Mapped[str | None] = mapped_column(String(36))
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    is_global: Mapped[bool] = mapped_column(Boolean, default=False)
    # The record this one belongs to (an order's line, a ticket's event): it shares its scope.
    parent_id: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (
        Index("ix_records_owner", "owner_id"),
        Index("ix_records_assignee", "assignee_id"),
        Index("ix_records_team", "team_id"),
        Index("ix_records_parent", "parent_id"),
        Index("ix_records_deleted", "deleted_at"),
    )


class ChangeLog(Base):
    """One row per committed change of a record, with the scope keys it had; a change that moves a
    record out of a scope also logs the old keys, so the users who lose it learn to remove it.
    `xid` is the writing transaction's id on PostgreSQL (pull's watermark; 0 on SQLite)."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"), primary_key=True,
                                    autoincrement=True)
    xid: Mapped[int] = mapped_column(BigInteger, server_default="0")  # xid8 on PostgreSQL (migration s0002)
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(BigInteger)
    owner_id: Mapped[str | None] = mapped_column(String(36))
    assignee_id: Mapped[str | None] = mapped_column(String(36))
    team_id: Mapped[str | None] = mapped_column(String(36))
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    is_global: Mapped[bool] = mapped_column(Boolean, default=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    # AUTOINCREMENT: SQLite must never reuse the id of a purged row (a cursor may point past it).
    __table_args__ = (Index("ix_change_log_xid", "xid", "id"), Index("ix_change_log_at", "at"),
                      {"sqlite_autoincrement": True})


class AppliedMutation(Base):
    """The outcome of each pushed mutation, so a retried push gets the same answer (idempotency).

    A mutation is applied once, under the first (device, seq) that brought it. A restored or copied
    store that registered as a new device sends its unacknowledged mutations again under new
    numbers: those rows are echoes (`echo_of` names the device that applied it) and repeat the
    first outcome without applying anything."""

    __tablename__ = "applied_mutations"

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    mutation_id: Mapped[str] = mapped_column(String(36))
    outcome: Mapped[MutationOutcome] = mapped_column(Json)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    echo_of: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (Index("ux_applied_mutations_first", "mutation_id", unique=True,
                            postgresql_where=text("echo_of IS NULL"), sqlite_where=text("echo_of IS NULL")),)


class Conflict(Base):
    """A concurrent change to a guarded field: the server kept `theirs`, the device wanted `mine`."""

    __tablename__ = "conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    base: Mapped[object] = mapped_column(Json, nullable=True)
    mine: Mapped[object] = mapped_column(Json, nullable=True)
    theirs: Mapped[object] = mapped_column(Json, nullable=True)
    device_id: Mapped[str] = mapped_column(String(36))
    user_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    __table_args__ = (Index("ix_conflicts_record", "entity", "record_id"),)


class RecordHistory(Base):
    """Every applied mutation's changed fields as [before, after]: a value overwritten by a later
    arrival (last writer wins on unguarded fields) can always be found again."""

    __tablename__ = "record_history"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"), primary_key=True,
                                    autoincrement=True)
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(BigInteger)
    changes: Mapped[dict[str, list[Any]]] = mapped_column(Json)
    overwritten: Mapped[list[str] | None] = mapped_column(Json, nullable=True)  # fields changed concurrently
    device_id: Mapped[str | None] = mapped_column(String(36))
    user_id: Mapped[str | None] = mapped_column(String(36))
    device_time: Mapped[str | None] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    mutation_id: Mapped[str | None] = mapped_column(String(36))  # the pushed mutation that made it
    cause: Mapped[StockCause | None] = mapped_column(Json, nullable=True)  # why stock moved (an increment's cause)

    __table_args__ = (Index("ix_record_history_record", "entity", "record_id"),
                      Index("ix_record_history_mutation", "mutation_id"))


class Counter(Base):
    """Named counters: human document numbers per series, and SQLite's record versions."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class SyncMeta(Base):
    __tablename__ = "sync_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))

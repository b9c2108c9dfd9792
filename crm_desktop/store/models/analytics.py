"""Derived counts kept by triggers for the dashboard and segments (local only)."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.store.models.base import Base


class ActivityDayStat(Base):
    """Live activities per UTC day, kind and owner (kept by triggers: see store/day_stats.py)."""

    __tablename__ = "activity_day_stats"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    owner_id: Mapped[str] = mapped_column(String(36), primary_key=True)  # "" = no owner
    n: Mapped[int] = mapped_column(Integer, default=0)


class AccountDayStat(Base):
    """Live accounts per UTC day of creation, source, level and owner (kept by triggers)."""

    __tablename__ = "account_day_stats"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    source: Mapped[str] = mapped_column(String(16), primary_key=True)   # "" = none
    level: Mapped[str] = mapped_column(String(1), primary_key=True)     # "" = none
    owner_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class ContactSegmentStat(Base):
    """Live contacts of live accounts per combination of the account's segment fields ("" = none),
    kept by triggers (migration 0010): a segment of account fields is counted from a few thousand of
    these rows instead of a walk over every matching contact."""

    __tablename__ = "contact_segment_stats"
    __table_args__ = ({"sqlite_with_rowid": False},)

    level: Mapped[str] = mapped_column(String(60), primary_key=True)
    status: Mapped[str] = mapped_column(String(60), primary_key=True)
    industry: Mapped[str] = mapped_column(String(60), primary_key=True)
    source: Mapped[str] = mapped_column(String(60), primary_key=True)
    province: Mapped[str] = mapped_column(String(60), primary_key=True)
    city: Mapped[str] = mapped_column(String(60), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)
    with_email: Mapped[int] = mapped_column(Integer, default=0)


class LiveCount(Base):
    """Live contacts and accounts ("contact", "account"), kept by triggers (migration 0012): the
    unfiltered customer list's length without counting a million index entries."""

    __tablename__ = "live_counts"
    __table_args__ = ({"sqlite_with_rowid": False},)

    entity: Mapped[str] = mapped_column(String(32), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)

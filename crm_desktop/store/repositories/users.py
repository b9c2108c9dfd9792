"""Local users (the device user now; mirrored server users once sync lands)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.store.models import User


class UserRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, user_id: str) -> User | None:
        return self.session.get(User, user_id)

    def all(self) -> list[User]:
        return list(self.session.scalars(
            select(User).where(User.deleted_at.is_(None)).order_by(User.display_name)
        ))

"""Local users (the device user now; mirrored server users once sync lands)."""

from __future__ import annotations

from sqlalchemy import select

from crm_desktop.store.models import User
from crm_desktop.store.repositories.base import Repository


class UserRepository(Repository[User]):
    """`get` finds users that left too: their names stay on what they did."""

    model = User

    def all(self) -> list[User]:
        return list(self.session.scalars(
            select(User).where(User.deleted_at.is_(None)).order_by(User.display_name)
        ))

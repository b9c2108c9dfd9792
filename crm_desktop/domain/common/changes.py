"""What an operation changed (entities and the ids it touched), so each page can decide whether to refresh."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

# The entities pages watch. Records keep their own names ("contact", "ticket", ...); these name the rest.
STAGE = "stage"        # the pipeline's stages
SETTINGS = "settings"  # the user's preferences (phone region, SLA policy, ...)

# Why a broad change happened, for a page that reacts to one in its own way (a list that just filled).
DEMO = "demo"
IMPORT = "import"
SYNC = "sync"


@dataclass(frozen=True)
class Changes:
    """Anki's OpChanges in small: `touched` maps an entity to the ids written (an empty set: some, ids
    unknown, as after a bulk write); `everything` says any record may have changed (a sync pull)."""

    touched: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    everything: bool = False
    reason: str = ""

    @classmethod
    def of(cls, entity: str, *ids: str | None, reason: str = "") -> Changes:
        return cls(MappingProxyType({entity: frozenset(i for i in ids if i)}), reason=reason)

    @classmethod
    def of_all(cls, entities: Iterable[str], reason: str = "") -> Changes:
        """Some records of each of `entities` (a bulk write: an import, an undo of one)."""
        return cls(MappingProxyType({entity: frozenset() for entity in entities}), reason=reason)

    @classmethod
    def all(cls, reason: str = "") -> Changes:
        return cls(everything=True, reason=reason)

    def touches(self, *entities: str) -> bool:
        return self.everything or any(entity in self.touched for entity in entities)

    def ids(self, entity: str) -> frozenset[str]:
        """The ids written of `entity`; empty when none were, or when they are not known."""
        return self.touched.get(entity, frozenset())

    def __or__(self, other: Changes) -> Changes:
        merged = dict(self.touched)
        for entity, ids in other.touched.items():
            merged[entity] = merged.get(entity, frozenset()) | ids
        return Changes(MappingProxyType(merged), self.everything or other.everything, self.reason or other.reason)

"""What can be wrong with an SLA policy file: the messages (translated by the window) and their collector."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP

FILE_MISSING = QT_TRANSLATE_NOOP("SlaPolicy", "The SLA policy file {path} does not exist.")
FILE_UNREADABLE = QT_TRANSLATE_NOOP("SlaPolicy", "The SLA policy file {path} cannot be read: {reason}")
NOT_UTF8 = QT_TRANSLATE_NOOP("SlaPolicy", "The SLA policy file {path} is not UTF-8 text (bad byte at {position}).")
BAD_JSON = QT_TRANSLATE_NOOP("SlaPolicy", "The SLA policy is not valid JSON: {reason} at line {line}, column {column}.")
DUPLICATE_KEY = QT_TRANSLATE_NOOP("SlaPolicy", "The key “{key}” appears twice in one object; only the last counts.")
TOP_NOT_OBJECT = QT_TRANSLATE_NOOP("SlaPolicy", "The SLA policy must be a JSON object, not {value}.")
NOT_AN_OBJECT = QT_TRANSLATE_NOOP("SlaPolicy", "{where} must be a JSON object, not {value}.")
NOT_A_LIST = QT_TRANSLATE_NOOP("SlaPolicy", "{where} must be a list […], not {value}.")
MISSING = QT_TRANSLATE_NOOP("SlaPolicy", "{where} is missing.")
UNKNOWN_KEY = QT_TRANSLATE_NOOP(
    "SlaPolicy", "Unknown setting {where}; check its spelling (keys starting with _ are comments).")
BAD_VERSION = QT_TRANSLATE_NOOP("SlaPolicy", "{where} is {value}; this version of the program reads version 1.")
BAD_ZONE = QT_TRANSLATE_NOOP(
    "SlaPolicy", "{where}: {value} is not a known time zone (write e.g. Asia/Shanghai or local).")
NO_DAYS = QT_TRANSLATE_NOOP("SlaPolicy", "{where} is empty; name at least one working day.")
BAD_DAY = QT_TRANSLATE_NOOP("SlaPolicy", "{where}: {value} is not a day name (mon, tue, wed, thu, fri, sat, sun).")
NO_HOURS = QT_TRANSLATE_NOOP("SlaPolicy", "{where} is empty; give at least one window such as [\"09:00\", \"18:00\"].")
BAD_WINDOW = QT_TRANSLATE_NOOP(
    "SlaPolicy", "{where} must be a pair of times such as [\"09:00\", \"12:00\"], not {value}.")
BAD_TIME = QT_TRANSLATE_NOOP("SlaPolicy", "{where}: {value} is not a time written HH:MM (00:00 to 24:00).")
BACKWARDS = QT_TRANSLATE_NOOP("SlaPolicy", "{where}: the window ends at {end}, which is not after its start {start}.")
OVERLAP = QT_TRANSLATE_NOOP("SlaPolicy", "{where} {value} overlaps {other} {other_value}.")
BAD_DATE = QT_TRANSLATE_NOOP("SlaPolicy", "{where}: {value} is not a date written YYYY-MM-DD.")
BOTH_DAYS = QT_TRANSLATE_NOOP("SlaPolicy", "{where}: {value} is listed both as a holiday and as a make-up working day.")
NO_PRIORITY = QT_TRANSLATE_NOOP(
    "SlaPolicy", "{where} is missing; every priority (urgent, high, normal, low) needs targets.")
UNKNOWN_PRIORITY = QT_TRANSLATE_NOOP(
    "SlaPolicy", "Unknown priority {where}; the priorities are urgent, high, normal and low.")
BAD_HOURS = QT_TRANSLATE_NOOP("SlaPolicy", "{where} must be a number of hours above 0 and at most {max}, not {value}.")
RESPONSE_AFTER_RESOLUTION = QT_TRANSLATE_NOOP(
    "SlaPolicy", "{where}: first response ({first} h) is longer than resolution ({resolution} h).")
BAD_FLAG = QT_TRANSLATE_NOOP("SlaPolicy", "{where} must be true or false, not {value}.")
BAD_WARN = QT_TRANSLATE_NOOP("SlaPolicy", "{where} must be a whole number from 1 to 99, not {value}.")


@dataclass(frozen=True)
class SlaProblem:
    """One thing wrong with a policy; `message` is untranslated English with {name} placeholders."""

    message: str
    params: dict[str, object] = field(default_factory=dict)

    def text(self) -> str:
        return self.message.format(**self.params)


class SlaPolicyError(ValueError):
    """Every problem found in a policy, so the user can fix the file in one go."""

    def __init__(self, problems: list[SlaProblem]) -> None:
        super().__init__("\n".join(p.text() for p in problems))
        self.problems = list(problems)


class Problems:
    """Collects problems so that one reading of the file reports all of them."""

    def __init__(self) -> None:
        self.found: list[SlaProblem] = []

    def add(self, message: str, **params: object) -> None:
        self.found.append(SlaProblem(message, params))

    def raise_if_any(self) -> None:
        if self.found:
            raise SlaPolicyError(self.found)


def shown(value: object) -> str:
    """A bad value as the user wrote it in the file, cut short if long."""
    text = json.dumps(value, ensure_ascii=False, default=repr)
    return text if len(text) <= 40 else text[:39] + "…"

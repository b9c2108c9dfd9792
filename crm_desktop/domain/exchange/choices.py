"""Free text from imported sheets mapped to the closed vocabularies of enums.py."""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from crm_desktop.domain.common.validation import FieldError
from crm_desktop.domain.customers.enums import AccountLevel, AccountSource, AccountStatus, ActivityKind
from crm_desktop.domain.customers.names import to_simplified
from crm_desktop.domain.customers.rules import UNKNOWN_VALUE

# Words reps write in their own sheets (and the app's own Chinese and English labels, so an
# export reads back), keyed by the folded form `_fold` produces.
_WORDS: dict[type[StrEnum], dict[str, tuple[str, ...]]] = {
    AccountStatus: {
        "lead": ("线索", "新线索", "leads"),
        "prospect": ("潜在客户", "意向客户", "潜在", "意向", "potential", "opportunity"),
        "customer": ("客户", "成交客户", "正式客户", "签约客户", "合作客户", "老客户", "已成交", "成交",
                     "client", "active", "won"),
        "dormant": ("沉睡", "休眠", "沉睡客户", "休眠客户", "inactive", "sleeping"),
        "lost": ("流失", "流失客户", "丢失", "已流失", "churned"),
    },
    AccountSource: {
        "exhibition": ("展会", "会展", "展览会", "博览会", "trade fair", "trade show", "fair", "expo", "show"),
        "referral": ("转介绍", "介绍", "推荐", "客户推荐", "朋友介绍", "referred", "recommendation"),
        "web": ("网站", "官网", "网络", "线上", "网络推广", "互联网", "website", "online", "internet"),
        "cold_call": ("电话", "陌拜", "陌生拜访", "电话营销", "电销", "陌生电话", "cold calling",
                      "telemarketing", "phone"),
        "campaign": ("活动", "市场活动", "营销活动", "推广活动", "marketing campaign", "event"),
        "other": ("其他", "其它", "others"),
    },
    AccountLevel: {
        "A": ("一", "甲", "1"),
        "B": ("二", "乙", "2"),
        "C": ("三", "丙", "3"),
        "D": ("四", "丁", "4"),
    },
    ActivityKind: {
        "call": ("电话", "通话", "打电话", "来电", "去电", "phone", "phone call"),
        "visit": ("拜访", "上门拜访", "走访", "上门"),
        "meeting": ("会议", "开会", "会面", "meet"),
        "email": ("邮件", "电子邮件", "e-mail", "mail"),
        "note": ("备注", "笔记", "记录", "notes"),
        "task": ("任务", "待办", "todo", "to do", "to-do"),
    },
}
# A级, B类, A级客户, 一级: the grade letter or numeral is what counts.
_LEVEL_SUFFIX = re.compile(r"(?:级|类|等)?(?:客户)?$")
_LEVEL_PREFIX = re.compile(r"^(?:level|grade|tier|class)")
_SEPARATORS = re.compile(r"[\s_\-.]+")


def _fold(text: str) -> str:
    return _SEPARATORS.sub("", to_simplified(unicodedata.normalize("NFKC", text)).casefold())


def _table(enum_cls: type[StrEnum]) -> dict[str, str]:
    table = {}
    for member in enum_cls:
        table[_fold(member.value)] = member.value
        table[_fold(member.name)] = member.value
        for word in _WORDS.get(enum_cls, {}).get(member.value, ()):
            table[_fold(word)] = member.value
    return table


_TABLES = {cls: _table(cls) for cls in _WORDS}


def parse_choice(text: object, enum_cls: type[StrEnum], field: str) -> StrEnum | None:
    """The member `text` names (value, name, English or Chinese word); None for empty text."""
    key = _fold(str(text or "").strip())
    if not key:
        return None
    table = _TABLES.get(enum_cls) or _table(enum_cls)
    if key not in table and enum_cls is AccountLevel:
        key = _LEVEL_PREFIX.sub("", _LEVEL_SUFFIX.sub("", key, count=1))
    if key not in table:
        raise FieldError(field, UNKNOWN_VALUE)
    return enum_cls(table[key])

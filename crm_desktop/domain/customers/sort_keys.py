"""Sort keys for names: Chinese names in pinyin order, among Latin names, accents and case folded."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from crm_desktop.domain.customers.names import contains_cjk
from crm_desktop.domain.customers.pinyin_keys import first_readings

# Between the spelled-out name and the name as written: homophones (张伟, 章伟) then group by
# character, and a shorter name sorts before a longer one that starts with it (张伟 before 张伟明).
_TIE = "\x01"


@lru_cache(maxsize=65536)  # names repeat: a million people share a few tens of thousands of names
def name_sort_key(name: str | None) -> str | None:
    """The key a list sorts a person or company by: `张伟` -> "zhang wei\\x01张伟", `Émile Zola` ->
    "emile zola\\x01émile zola", `Tom Lee` -> "tom lee".

    Each Chinese character is spelled by its first reading (the one search keys give first, a
    surname's own reading for the first character), as a syllable of its own, so 李娜 ("li na")
    sorts before 林 ("lin") as in a dictionary, and Chinese and Latin names share one alphabet.
    """
    if not name:
        return None
    folded = unicodedata.normalize("NFKC", name).casefold()
    chars = [c for c in folded if contains_cjk(c)]
    readings = iter(first_readings("".join(chars))) if chars else iter(())
    spelled: list[str] = []
    for char in folded:
        spelled.append(f" {next(readings)} " if contains_cjk(char) else char)
    plain = "".join(c for c in unicodedata.normalize("NFKD", "".join(spelled)) if not unicodedata.combining(c))
    spelled_out = " ".join(plain.split())
    return spelled_out if spelled_out == folded else spelled_out + _TIE + folded

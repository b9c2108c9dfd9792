"""Fill unfinished Simplified Chinese messages from a JSON file of {source: translation}, then compile.

For a session without Qt Linguist: `python tools/fill_translations.py zh.json`. A plural source takes a
list of forms (Chinese has one). Only messages still marked unfinished are touched.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import update_translations as catalogue

_UNFINISHED = re.compile(r'<source>(?P<source>[^<]*)</source>\n(?P<indent>\s*)<translation type="unfinished">'
                         r'(?P<inner>.*?)</translation>', re.S)


def fill(ts_text: str, wanted: dict[str, str | list[str]]) -> tuple[str, list[str]]:
    missing: list[str] = []

    def replace(match: re.Match) -> str:
        source = html.unescape(match["source"])
        if source not in wanted:
            missing.append(source)
            return match[0]
        value = wanted[source]
        indent = match["indent"]
        if "<numerusform>" in match["inner"]:
            forms = value if isinstance(value, list) else [value]
            inner = "".join(f"\n{indent}    <numerusform>{html.escape(f, quote=False)}</numerusform>" for f in forms)
            body = f"{inner}\n{indent}"
        else:
            body = html.escape(value if isinstance(value, str) else value[0], quote=False)
        return f"<source>{match['source']}</source>\n{indent}<translation>{body}</translation>"

    return _UNFINISHED.sub(replace, ts_text), missing


def main(path: str) -> int:
    wanted = json.loads(Path(path).read_text(encoding="utf-8"))
    ts = catalogue.ts_file("zh_CN")
    text, missing = fill(ts.read_text(encoding="utf-8"), wanted)
    ts.write_text(text, encoding="utf-8")
    catalogue.lrelease(ts, catalogue.qm_file("zh_CN"))
    for source in missing:
        print(f"still unfinished: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

"""A CJK-capable font for chart texts, looked up once among the installed fonts."""

from __future__ import annotations

import logging
from functools import cache

import matplotlib
from matplotlib import font_manager

log = logging.getLogger(__name__)

# Simplified Chinese faces first (the users' language), then the other CJK ones that cover Hanzi;
# Noto Sans CJK SC before JP: the same .ttc holds both and SC has the mainland glyph forms.
CJK_FAMILIES = (
    "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
    "Noto Sans SC", "Hiragino Sans GB", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "SimHei",
    "Heiti SC", "Droid Sans Fallback", "Noto Sans CJK JP", "Source Han Sans", "Arial Unicode MS",
)
LATIN_FALLBACK = "DejaVu Sans"  # ships inside matplotlib, so it is always there


@cache
def cjk_family() -> str | None:
    """The first installed CJK family, or None. Reads matplotlib's font cache (fast once it exists;
    matplotlib builds it on its very first run, which takes seconds and is not ours to avoid)."""
    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    found = next((name for name in CJK_FAMILIES if name in installed), None)
    if found is None:
        log.warning("No CJK font found: Chinese chart labels will show as empty boxes")
    return found


def configure_fonts() -> str | None:
    """Make sans-serif texts use the CJK font, DejaVu Sans for what it lacks; cheap to call before every draw
    (rcParams are global: whoever reset them since, we set them again). Returns the CJK family used."""
    family = cjk_family()
    wanted = [family, LATIN_FALLBACK] if family else [LATIN_FALLBACK]
    params = matplotlib.rcParams
    if params["font.sans-serif"][: len(wanted)] != wanted or params["axes.unicode_minus"]:
        rest = [name for name in params["font.sans-serif"] if name not in wanted]
        params["font.sans-serif"] = wanted + rest
        params["font.family"] = ["sans-serif"]
        params["axes.unicode_minus"] = False  # U+2212 is missing from some CJK fonts: use "-"
    return family

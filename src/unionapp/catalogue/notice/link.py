"""Which item of section 二 describes an attachment row: by name, else by the item's own list.

A row is linked only when one item is clearly the best; otherwise it stays unlinked (no section,
description or participation), never linked by a guess.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from unionapp.catalogue.notice.body import BodyItem
from unionapp.catalogue.notice.text import CJK

_NOISE = re.compile(rf"20\d\d年?|[^{CJK}0-9A-Za-z]")
_LIST = re.compile(rf"[{CJK}]+(?:（[^）]*）)?(?:、[{CJK}]+(?:（[^）]*）)?){{2,}}")
STRONG = 0.8
MARGIN = 0.15
MIN_TRIMMED = 6  # a brand-less rest shorter than this says too little


def _plain(text: str) -> str:
    return _NOISE.sub("", text)


def _without_own_brands(row_name: str, text: str) -> str:
    """The row's name without the “quoted” brands (“纸间描绘”…) the text never mentions."""
    return re.sub(r"“([^”]*)”", lambda m: m.group(0) if m.group(1) in text else "", row_name)


def name_score(row_name: str, text: str) -> float:
    """How much of the shorter of the two names the other contains (runs of 2+ characters), with
    or without the brands only the row names."""
    b = _plain(text)
    trimmed = _plain(_without_own_brands(row_name, text))
    score = _coverage(_plain(row_name), b)
    return max(score, _coverage(trimmed, b)) if len(trimmed) >= MIN_TRIMMED else score


def _coverage(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    blocks = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    common = sum(block.size for block in blocks if block.size >= 2)
    return common / min(len(a), len(b))


def _candidates(items: list[BodyItem]) -> list[tuple[BodyItem, str]]:
    found = []
    for item in items:
        if item.subitems:
            found.extend((sub, sub.text("content")) for sub in item.subitems)
        else:
            found.append((item, item.title))
    return found


def _listed_terms(item: BodyItem) -> list[tuple[str, bool]]:
    """The things an item's 主要内容 enumerates (拔河、气排球、…桥牌等); True marks the first,
    whose beginning is still the sentence before the list."""
    terms: list[tuple[str, bool]] = []
    for match in _LIST.finditer(item.text("content")):
        parts = [re.sub(r"（[^）]*）", "", p) for p in match.group(0).split("、")]
        parts[-1] = parts[-1].split("等")[0]
        terms.extend((part, index == 0) for index, part in enumerate(parts) if len(part) >= 2)
    return terms


def _lists_row(item: BodyItem, row_name: str) -> bool:
    for term, first in _listed_terms(item):
        if term in row_name and (not first or len(term) <= 4):
            return True
        if first and any(term[-n:] in row_name for n in range(3, min(len(term), 6) + 1)):
            return True
    return False


def link_row(row_name: str, items: list[BodyItem]) -> BodyItem | None:
    """The one body item (or sub-item) that describes this row, if one clearly does."""
    scored = sorted(
        ((name_score(row_name, text), item) for item, text in _candidates(items)),
        key=lambda pair: pair[0],
        reverse=True,
    )
    if scored and scored[0][0] >= STRONG:
        if len(scored) == 1 or scored[1][0] <= scored[0][0] - MARGIN:
            return scored[0][1]
        return None
    listing = [item for item in items if not item.subitems and _lists_row(item, row_name)]
    return listing[0] if len(listing) == 1 else None

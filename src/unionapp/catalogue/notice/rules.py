"""Application rules read from the participation sentences (参与方式) of section 二."""

from __future__ import annotations

import re
from typing import Any

from unionapp.catalogue.notice.text import CN_NUMBER, cn_number

RULE_KEYS = (
    "lead_workdays",
    "yearly_limit",
    "min_participants",
    "uses_form",
    "online_needs_agreement",
)
_LEAD = re.compile(rf"提前\s*({CN_NUMBER})\s*个?\s*工作日")
_LIMIT = re.compile(rf"限(?:申请|申报|报名|预约|报)?\s*({CN_NUMBER})\s*个?\s*(?:场次|次|场|项)")
_MINIMUM = re.compile(
    rf"(?:({CN_NUMBER})\s*(?:名|人)\s*(?:以上|及以上)|(?:不少于|至少)\s*({CN_NUMBER})\s*(?:名|人))"
)
_FORM = re.compile(r"(?:填写|填报|报送|提交)[^。；;]*?申请表")
_ONLINE = re.compile(r"线上[^。；;]*?(?:联系|商定|约定|确认|确定)[^。；;]*?人数")
_ITEMS = re.compile(r"第\s*((?:[（(]\s*\d+\s*[）)][、，,至—\-~]*)+)\s*项")
_INNER = re.compile(r"其中\s*第\s*(?:[（(]\s*\d+\s*[）)][、，,至—\-~]*)+\s*项")


def empty_rules() -> dict[str, Any]:
    return {
        "lead_workdays": None,
        "yearly_limit": None,
        "min_participants": None,
        "uses_form": False,
        "online_needs_agreement": False,
    }


def rules_of(text: str) -> dict[str, Any]:
    """The rules one clause states; what it does not state stays None/False."""
    rules = empty_rules()
    if match := _LEAD.search(text):
        rules["lead_workdays"] = cn_number(match.group(1))
    if match := _LIMIT.search(text):
        rules["yearly_limit"] = cn_number(match.group(1))
    if match := _MINIMUM.search(text):
        rules["min_participants"] = cn_number(match.group(1) or match.group(2))
    rules["uses_form"] = bool(_FORM.search(text))
    rules["online_needs_agreement"] = bool(_ONLINE.search(text))
    return rules


def merge_rules(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    merged = dict(first)
    for key, value in second.items():
        if value not in (None, False):
            merged[key] = value
    return merged


def item_numbers(text: str) -> list[int]:
    """The item numbers of ``第(1)(2)(3)项`` / ``第（4）至（6）项`` / ``其中第(2)(3)项``."""
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    if len(numbers) == 2 and re.search(r"[）)]\s*[至—\-~]\s*[（(]", text):
        return list(range(numbers[0], numbers[1] + 1))
    return numbers


def split_by_items(text: str, numbers: list[int]) -> dict[int, tuple[str, dict[str, Any]]]:
    """Per numbered sub-item (1)(2)…: the sentences of a participation paragraph that name it, and
    the rules those sentences set for it (``其中第(2)(3)项…`` applies to (2) and (3) only).

    A sentence that names no item applies to all of them.
    """
    result: dict[int, tuple[str, dict[str, Any]]] = {n: ("", empty_rules()) for n in numbers}
    for sentence in re.findall(r"[^。]+。?", text):
        head = _ITEMS.match(sentence.strip())
        targets = item_numbers(head.group(1)) if head else numbers
        inner = _INNER.search(sentence)
        outer_text = sentence[: inner.start()] if inner else sentence
        inner_targets = item_numbers(inner.group(0)) if inner else []
        for number in targets:
            if number not in result:
                continue
            said, rules = result[number]
            rules = merge_rules(rules, rules_of(outer_text))
            if number in inner_targets and inner:
                rules = merge_rules(rules, rules_of(sentence[inner.start() :]))
            result[number] = (said + sentence.strip(), rules)
    return result

"""Sorting Chinese text the way users expect (pinyin order), with the platform's collation."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCollator, QLocale

_collator: QCollator | None = None


def pinyin_sorted(texts: Iterable[str]) -> list[str]:
    """Texts in Chinese (pinyin) collation order: 阿 before 丁 before 张."""
    global _collator
    if _collator is None:
        _collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    return sorted(texts, key=_collator.sortKey)

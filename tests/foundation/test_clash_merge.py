"""Merging one person's edits with another's made meanwhile, field by field."""

from __future__ import annotations

from datetime import datetime

from unionapp.clashes import Clash, changed_by, find_clashes, merged_values


def test_only_fields_both_changed_differently_clash():
    loaded = {"a": "1", "b": "1", "c": "1", "d": "1"}
    theirs = {"a": "2", "b": "2", "c": "1", "d": "1"}
    mine = {"a": "3", "b": "2", "c": "3"}  # a clashes, b agrees, c only mine
    moved, clashes = find_clashes(loaded, mine, theirs)
    assert moved == {"a", "b"} and clashes == [Clash("a", "2", "3")]
    assert merged_values(theirs, mine) == {"a": "3", "b": "2", "c": "3", "d": "1"}
    assert merged_values(theirs, mine, drop=["a"])["a"] == "2"


def test_who_and_when():
    assert changed_by("chair", datetime(2026, 3, 1, 9, 5)) == "chair 于 2026-03-01 09:05:00"
    assert changed_by("") == "（未知）"

"""Merging one person's edits with another's made meanwhile, field by field."""

from __future__ import annotations

from datetime import datetime

from unionapp.clashes import Clash, LastChange, find_clashes, merged_values


def test_only_fields_both_changed_differently_clash():
    loaded = {"a": "1", "b": "1", "c": "1", "d": "1"}
    theirs = {"a": "2", "b": "2", "c": "1", "d": "1"}
    mine = {"a": "3", "b": "2", "c": "3"}  # a clashes, b agrees, c only mine
    moved, clashes = find_clashes(loaded, mine, theirs)
    assert moved == {"a", "b"} and clashes == [Clash("a", "2", "3")]
    assert merged_values(theirs, mine) == {"a": "3", "b": "2", "c": "3", "d": "1"}
    assert merged_values(theirs, mine, drop=["a"])["a"] == "2"


def test_the_last_change_is_read_from_the_record():
    class Row:
        updated_by = "chair"
        updated_at = datetime(2026, 3, 1, 9, 5)

    class Older:  # saved before its table kept the time
        updated_by = None

    assert LastChange.of(Row()) == LastChange("chair", datetime(2026, 3, 1, 9, 5))
    assert LastChange.of(Older()) == LastChange("", None)

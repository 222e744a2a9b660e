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


def test_a_save_that_changes_nothing_is_no_new_version(ctx):
    """Otherwise the other person's window would see a change that is none."""
    from unionapp.catalogue.query import get_programme, list_programmes, save_programme
    from unionapp.models import Programme, UnionProfile
    from unionapp.union import update_union

    def stored() -> tuple:
        with ctx.session() as session:
            profile, programme = session.get(UnionProfile, 1), session.get(Programme, first)
            return profile.version, profile.updated_at, programme.version, programme.updated_at

    with ctx.session() as session:
        update_union(session, name="测试工会")
        first = list_programmes(session)[0].id
        save_programme(session, get_programme(session, first))
    before = stored()
    with ctx.session() as session:  # the same values again
        update_union(session, name="测试工会")
        save_programme(session, get_programme(session, first))
    assert stored() == before
    with ctx.session() as session:
        update_union(session, name="另一个名称")
    assert stored()[0] == before[0] + 1 and stored()[1] > before[1]

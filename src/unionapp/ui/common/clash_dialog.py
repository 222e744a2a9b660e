"""Asking what to do when someone else changed the same fields of a record meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from unionapp.clashes import Clash, LastChange, find_clashes, merged_values


def _plain(value: Any) -> str:
    return "" if value is None else str(value)


def _changed_by(change: LastChange | None) -> str:
    """“someone changed this record (at a time)”, in the user's language."""
    who = (
        change.by if change and change.by else QCoreApplication.translate("ClashDialog", "（未知）")
    )
    if change is None or change.at is None:
        return QCoreApplication.translate("ClashDialog", "{0} 修改了这条记录。").format(who)
    return QCoreApplication.translate("ClashDialog", "{0} 于 {1} 修改了这条记录。").format(
        who, f"{change.at:%Y-%m-%d %H:%M:%S}"
    )


def ask_about_clashes(
    parent: QWidget,
    title: str,
    changed_by: LastChange | None,
    clashes: list[Clash],
    names: dict[str, str],
    shown: Callable[[Any], str] = _plain,
) -> bool | None:
    """True keeps the user's values, False takes the other person's, None saves nothing (the
    user's text stays in the window). ``names`` are the fields' labels."""
    lines = [
        QCoreApplication.translate("ClashDialog", "“{0}”：对方改为“{1}”，您改为“{2}”").format(
            names.get(c.field, c.field), shown(c.theirs), shown(c.mine)
        )
        for c in clashes
    ]
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(
        _changed_by(changed_by)
        + QCoreApplication.translate(
            "ClashDialog",
            "其中有些字段您也改了。请对照后选择保留哪一方的内容；其他字段双方的修改都会保存。",
        )
    )
    box.setInformativeText("\n".join(lines))
    mine = box.addButton(
        QCoreApplication.translate("ClashDialog", "保留我的内容"), QMessageBox.ButtonRole.AcceptRole
    )
    theirs = box.addButton(
        QCoreApplication.translate("ClashDialog", "采用对方的内容"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(
        QCoreApplication.translate("ClashDialog", "暂不保存"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is mine else False if clicked is theirs else None


def merge_with_theirs(
    parent: QWidget,
    title: str,
    changed_by: LastChange,
    loaded: dict[str, Any],
    mine: dict[str, Any],
    theirs: dict[str, Any],
    names: dict[str, str],
    shown: Callable[[Any], str] = _plain,
) -> dict[str, Any] | None:
    """The record as stored now (``theirs``) with the user's changes on top (``mine``: the fields
    the user changed since the window showed ``loaded``). Where both changed a field differently
    the user chooses whose value stays; None: the user chose not to save yet."""
    _moved, clashes = find_clashes(loaded, mine, theirs)
    drop: list[str] = []
    if clashes:
        choice = ask_about_clashes(parent, title, changed_by, clashes, names, shown)
        if choice is None:
            return None
        if not choice:
            drop = [c.field for c in clashes]
    return merged_values(theirs, mine, drop)

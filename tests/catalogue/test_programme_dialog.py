"""The programme dialog saves a hosting unit's contact as the user left it: phones removed stay
removed, and what the contact covers (not shown in the dialog) is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableWidgetItem

from unionapp.catalogue.query import get_programme, list_programmes
from unionapp.ui.catalogue.programme_dialog import ProgrammeDialog


def _with_scoped_contact(ctx):
    with ctx.session() as session:
        for info in list_programmes(session):
            full = get_programme(session, info.id)
            if any(c.scope and len(c.phones) > 1 for c in full.contacts):
                return full
    raise AssertionError("the 2023 catalogue has contacts with a scope and two phones")


def _save_with_phones(qtbot, ctx, info, phones: str):
    dialog = ProgrammeDialog(ctx, info)
    qtbot.addWidget(dialog)
    dialog.show()
    row = info.providers.index(next(c for c in info.contacts if c.scope).provider)
    dialog.providers.setItem(row, 2, QTableWidgetItem(phones))
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None, dialog.error.text()
    with ctx.session() as session:
        return next(c for c in get_programme(session, info.id).contacts if c.scope)


def test_a_removed_phone_stays_removed_and_the_scope_is_kept(qtbot, ctx):
    info = _with_scoped_contact(ctx)
    before = next(c for c in info.contacts if c.scope)
    after = _save_with_phones(qtbot, ctx, info, before.phones[0])
    assert after.phones == before.phones[:1]
    assert (after.name, after.scope) == (before.name, before.scope)
    with ctx.session() as session:  # saved twice in a row: the same
        info = get_programme(session, info.id)
    again = _save_with_phones(qtbot, ctx, info, "")
    assert again.phones == [] and again.scope == before.scope

"""Help → 关于基层工会助手, triggered from the menu as a user does (a disconnected action fails)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from support.modal import answering
from unionapp import __version__
from unionapp.ui.help.about_dialog import AboutDialog


def test_help_about_opens_the_about_dialog(qtbot, data_dir: Path) -> None:
    from unionapp.storage.paths import resolve_paths
    from unionapp.ui.main_window import MainWindow

    window = MainWindow(resolve_paths(str(data_dir)))
    qtbot.addWidget(window)
    window.show()
    help_menu = window.menuBar().actions()[-1].menu()
    about = next(a for a in help_menu.actions() if a.text() == "关于基层工会助手(&A)")
    shown: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, AboutDialog)
        shown.append(dialog.title.text())
        shown.append(dialog.folder_label.text())
        dialog.reject()

    with answering(answer) as seen:
        about.trigger()
    assert seen, "Help → About opened no dialog"
    assert __version__ in shown[0]
    assert str(data_dir) in shown[1]

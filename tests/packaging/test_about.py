"""Help → About: version, data folder, the fonts' and libraries' licences."""

from __future__ import annotations

from importlib.metadata import metadata
from pathlib import Path

import pytest

from unionapp import __version__
from unionapp.resources import resource_path
from unionapp.storage.paths import resolve_paths
from unionapp.ui.help.about_dialog import LIBRARIES, AboutDialog, font_licences
from unionapp.ui.main_window import MainWindow


def test_font_licences_come_from_the_fonts_readme() -> None:
    fonts = {font.file: font for font in font_licences()}
    assert set(fonts) == {"uming.ttc", "DroidSansFallbackFull.ttf"}
    assert fonts["uming.ttc"].licence == "Arphic Public License"
    assert fonts["DroidSansFallbackFull.ttf"].licence == "Apache License 2.0"
    for font in fonts.values():
        assert font.licence_files
        for name in font.licence_files:
            assert resource_path("fonts", name).is_file(), name


@pytest.mark.parametrize("library", [lib for lib in LIBRARIES if lib.distribution])
def test_library_licence_matches_the_package_metadata(library) -> None:
    meta = metadata(library.distribution)
    declared = " ".join(
        [meta.get("License-Expression") or "", meta.get("License") or ""]
        + (meta.get_all("Classifier") or [])
    )
    assert library.licence in declared


def test_about_dialog_shows_version_folder_and_licences(qtbot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert __version__ in dialog.title.text()
    assert str(tmp_path) in dialog.folder_label.text()
    text = dialog.licences.toPlainText()
    for expected in ("AR PL UMing", "Arphic Public License", "ARPHICPL.TXT", "Droid Sans Fallback",
                     "Apache License 2.0", "LGPL-3.0", "ReportLab", "SQLModel", "pypinyin"):  # fmt: skip
        assert expected in text
    links = dialog.licences.toHtml()
    assert resource_path("fonts", "ARPHICPL.TXT").as_uri() in links


def test_help_menu_opens_the_about_dialog(qtbot, data_dir: Path, monkeypatch) -> None:
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window = MainWindow(resolve_paths(str(data_dir)))
    qtbot.addWidget(window)
    window.show_about()
    assert len(shown) == 1
    assert str(data_dir) in shown[0].folder_label.text()

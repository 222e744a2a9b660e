"""The English translation: complete .ts files, compiled .qm, an English main window, the setting."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from unionapp.resources import resource_dir

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
I18N = resource_dir() / "i18n"


def _unfinished(path: Path) -> list[str]:
    left = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not translation.text:
                left.append(f"{context.findtext('name')}: {message.findtext('source')}")
    return left


def test_every_ts_file_is_completely_translated() -> None:
    files = sorted(I18N.glob("*.ts"))
    assert files, "no .ts file in resources/i18n"
    for path in files:
        assert _unfinished(path) == [], f"{path.name} has unfinished entries"
        assert path.with_suffix(".qm").is_file(), f"{path.name} is not compiled (.qm missing)"


def test_unfinished_entry_is_detected(tmp_path: Path) -> None:
    ts = tmp_path / "x_en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1"><context><name>C</name>'
        '<message><source>草稿</source><translation type="unfinished"></translation></message>'
        "</context></TS>",
        "utf-8",
    )
    assert _unfinished(ts) == ["C: 草稿"]


def test_english_main_window_menus_and_navigation_have_no_chinese(
    qtbot, data_dir: Path, english: None
) -> None:
    from unionapp.storage.context import open_context
    from unionapp.storage.paths import resolve_paths
    from unionapp.ui.main_window import MainWindow
    from unionapp.union import update_union

    ctx = open_context(data_dir)
    with ctx.session() as session:
        update_union(session, name="北京市某公司工会", contact="李明")
    ctx.close()
    window = MainWindow(resolve_paths(str(data_dir)))
    qtbot.addWidget(window)
    assert window.load()
    texts = [window.windowTitle()]
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        texts += [a.text() for a in menu_action.menu().actions() if not a.isSeparator()]
    texts += [window.nav.item(row).text() for row in range(window.nav.count())]
    assert "Applications" in texts and "&Help" in texts
    assert [t for t in texts if CJK.search(t)] == []
    window.close()


def test_status_labels_in_the_ui_follow_the_core(english: None) -> None:
    from unionapp.applications.statuses import STATUS_LABELS
    from unionapp.applications.tracking import VIA_CHOICES
    from unionapp.ui.common.labels import STATUS_SOURCES, VIA_SOURCES, label_text, status_text

    assert STATUS_SOURCES == STATUS_LABELS
    assert set(VIA_SOURCES) == set(VIA_CHOICES)
    assert status_text("returned") == "Returned for changes"
    assert label_text("电子邮件") == "By e-mail"
    assert status_text("unknown-key") == "unknown-key"


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        (QLocale.Language.English, "en"),
        (QLocale.Language.Chinese, "zh_CN"),
        (QLocale.Language.German, "zh_CN"),  # no German UI: Chinese when unsure
        (QLocale.Language.C, "zh_CN"),
    ],
)
def test_ui_language_follows_the_system_and_falls_back_to_chinese(
    monkeypatch: pytest.MonkeyPatch, system: QLocale.Language, expected: str
) -> None:
    from unionapp.ui.common import language as app

    class SystemLocale(QLocale):
        @staticmethod
        def system() -> QLocale:
            return QLocale(system)

    monkeypatch.setattr(app, "QLocale", SystemLocale)
    assert app.ui_language() == expected
    assert app.ui_language("en") == "en"


def test_language_setting_is_saved_for_the_next_start(
    qtbot, ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unionapp.ui.common import language as app
    from unionapp.ui.settings.settings_page import SettingsPage

    ini = str(tmp_path / "unionapp.ini")
    monkeypatch.setattr(app, "user_settings", lambda: QSettings(ini, QSettings.Format.IniFormat))
    assert app.saved_language() is None
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    assert page.language.currentData() == ""
    page.language.setCurrentIndex(page.language.findData("en"))
    assert app.saved_language() == "en"
    assert QSettings(ini, QSettings.Format.IniFormat).value(app.LANGUAGE_KEY) == "en"
    assert "重新打开" in page.language_note.text()
    again = SettingsPage(ctx)
    qtbot.addWidget(again)
    assert again.language.currentData() == "en"
    again.language.setCurrentIndex(again.language.findData(""))
    assert app.saved_language() is None


def test_install_translations_loads_english_only_for_english(qapp: QApplication) -> None:
    from unionapp.ui.common.language import install_translations

    installed = install_translations(qapp, "en")
    try:
        assert QCoreApplication.translate("Sections", "报表") == "Reports"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    installed = install_translations(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("Sections", "报表") == "报表"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)

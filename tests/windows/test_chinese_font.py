"""On a system without a Chinese font, the bundled one is registered for the window's text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{fonts}</dir><cachedir>{cache}</cachedir></fontconfig>
"""

CHECK = """
from PySide6.QtGui import QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication
from unionapp.ui.common.cjk_font import ensure_chinese_font


def shows_chinese(app):
    # whether the application's font (with the system's fallbacks) has glyphs for Chinese
    raw = QRawFont.fromFont(app.font(), QFontDatabase.WritingSystem.SimplifiedChinese)
    return raw.isValid() and bool(raw.familyName()) and all(raw.supportsCharacter(c) for c in "基层工会助手")


app = QApplication([])
print("system", len(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)))
print("before", shows_chinese(app))
print("registered", ensure_chinese_font(app))
print("after", shows_chinese(app))
"""


def _run(env: dict[str, str]) -> dict[str, str]:
    done = subprocess.run(
        [sys.executable, "-c", CHECK], env=env, capture_output=True, text=True, check=True
    )
    return dict(line.split(" ", 1) for line in done.stdout.splitlines())


def test_without_system_chinese_fonts_the_bundled_font_is_used(tmp_path: Path) -> None:
    import reportlab

    from unionapp.resources import resource_path

    latin = tmp_path / "fonts"  # a font folder holding only a Latin font (reportlab's Vera)
    latin.mkdir()
    (latin / "Vera.ttf").symlink_to(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")
    config = tmp_path / "fonts.conf"
    config.write_text(FONTCONFIG.format(fonts=latin, cache=tmp_path / "cache"), "utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    seen = _run(env)
    assert seen["system"] == "0", "the test's fontconfig must hide the system's Chinese fonts"
    assert seen["before"] == "False"
    assert seen["registered"] == "Droid Sans Fallback"
    assert seen["after"] == "True"
    assert resource_path("fonts", "DroidSansFallbackFull.ttf").is_file()


def test_with_a_system_chinese_font_nothing_is_added(tmp_path: Path) -> None:
    from unionapp.resources import resource_path

    fonts = tmp_path / "fonts"
    fonts.mkdir()
    (fonts / "cjk.ttf").symlink_to(resource_path("fonts", "DroidSansFallbackFull.ttf"))
    config = tmp_path / "fonts.conf"
    config.write_text(FONTCONFIG.format(fonts=fonts, cache=tmp_path / "cache"), "utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    seen = _run(env)
    assert seen["system"] != "0"
    assert seen["registered"] == "None"
    assert seen["after"] == "True"

"""Chinese text in the window on systems without a Chinese font (a bare Linux, some kiosks).

The printed form already embeds the bundled fonts; where the system has no font for Simplified
Chinese, the bundled sans-serif one (Droid Sans Fallback) is registered with Qt and put behind the
application's font, so labels show characters instead of empty boxes.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication

UI_FONT_FILE = "DroidSansFallbackFull.ttf"


def ensure_chinese_font(app: QGuiApplication) -> str | None:
    """Register the bundled font when the system has none for Chinese; return its family.

    Returns None when nothing had to be done (or the bundled file is missing).
    """
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return None
    from unionapp.resources import resource_path

    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", UI_FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    font = app.font()
    font.setFamilies([font.family(), families[0]])
    app.setFont(font)
    return families[0]

"""Open every window and dialog on a screen of a given size, in one language, and report its fit.

Run in its own process (the offscreen screen's size is fixed when Qt starts, from the platform's
``configfile``), by ``test_windows_fit.py``:  ``python fit_probe.py OUT.json [SHOTS_FOLDER]``.
Each entry of the report: the window and language, its minimum size hint, its opened frame, the
screen's free area and the buttons (outside scroll areas) that are not wholly visible on it.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QPushButton, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from windows.window_list import WINDOWS, Demo, build_demo


def hidden_buttons(window: QWidget) -> list[str]:
    """Push buttons outside scroll areas that are not wholly on the screen's free area."""
    area = window.screen().availableGeometry()
    bad = []
    for button in window.findChildren(QPushButton):
        if not button.isVisibleTo(window) or _scrolled(button, window):
            continue
        top_left = button.mapToGlobal(button.rect().topLeft())
        bottom_right = button.mapToGlobal(button.rect().bottomRight())
        on_screen = area.contains(top_left) and area.contains(bottom_right)
        if not on_screen or button.visibleRegion().boundingRect() != button.rect():
            bad.append(button.text())
    return bad


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """Whether the widget lies inside a scroll area (where scrolling brings it into view)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def probe(language: str, demo: Demo, shots: Path | None) -> list[dict[str, object]]:
    """Open each window of ``WINDOWS`` in ``language`` ("zh_CN" or "en") and measure it."""
    from unionapp.resources import resource_dir

    app = QApplication.instance()
    translator = QTranslator(app)
    if language == "en":
        assert translator.load(QLocale("en"), "unionapp", "_", str(resource_dir() / "i18n"))
        app.installTranslator(translator)
    available = app.primaryScreen().availableGeometry()
    results = []
    for name, factory in WINDOWS.items():
        window = factory(demo)
        window.show()
        app.processEvents()
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        frame = window.frameGeometry()
        if shots is not None:
            window.grab().save(str(shots / f"{name}-{language}-{available.width()}.png"))
        results.append(
            {
                "window": name,
                "language": language,
                "minimum": [hint.width(), hint.height()],
                "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                "available": [available.x(), available.y(), available.width(), available.height()],
                "hidden_buttons": hidden_buttons(window),
            }
        )
        window.close()
        window.deleteLater()
        app.processEvents()
    app.removeTranslator(translator)
    return results


def main(out: Path, shots: Path | None) -> None:
    from unionapp.ui.common.tasks import set_synchronous

    QApplication(sys.argv)
    set_synchronous(True)
    demo = build_demo(Path(tempfile.mkdtemp(prefix="fit-")))
    report = [row for language in ("zh_CN", "en") for row in probe(language, demo, shots)]
    demo.ctx.close()
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1), "utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)

"""Starting the window: one instance per data folder, translations, the exception hook."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

_STARTED = time.time()

LANGUAGE_KEY = "ui/language"
LANGUAGES: tuple[str, ...] = ("zh_CN", "en")
"""The UI languages the program ships (the source strings are Simplified Chinese)."""


def user_settings() -> QSettings:
    """The per-user settings that live outside the data folder (the UI language)."""
    return QSettings("unionapp", "unionapp")


def saved_language() -> str | None:
    """The language chosen in Settings, or None to follow the system."""
    value = user_settings().value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(language: str | None) -> None:
    """Remember the UI language for the next start (None: follow the system)."""
    settings = user_settings()
    if language:
        settings.setValue(LANGUAGE_KEY, language)
    else:
        settings.remove(LANGUAGE_KEY)
    settings.sync()


def ui_language(preferred: str | None = None) -> str:
    """The UI language: the user's choice, else the system's; Chinese when unsure."""
    if preferred:
        return preferred
    return "en" if QLocale.system().language() == QLocale.Language.English else "zh_CN"


def install_translations(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Load Qt's own and the program's translations for the UI language; return the translators."""
    from unionapp.resources import resource_dir

    chosen = ui_language(language)
    installed = []
    sources = [("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if not chosen.startswith("zh"):  # the source strings are Simplified Chinese
        sources.append(("unionapp", str(resource_dir() / "i18n")))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(QLocale(chosen), name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def run_gui(data_dir: str | None = None) -> int:
    """Open the main window on the data folder; returns the process exit code."""
    from unionapp.paths import resolve_paths
    from unionapp.resources import resource_path
    from unionapp.ui.errors import install_excepthook
    from unionapp.ui.main_window import MainWindow
    from unionapp.ui.single_instance import (
        InstanceServer,
        ask_running_instance_to_raise,
        server_name,
    )

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("unionapp")
    app.setOrganizationName("unionapp")
    install_translations(app, saved_language())
    app.setApplicationDisplayName(app.translate("App", "基层工会助手"))
    app.setWindowIcon(QIcon(str(resource_path("icons", "unionapp.png"))))
    paths = resolve_paths(data_dir)
    name = server_name(str(paths.root))
    if ask_running_instance_to_raise(name):
        print(app.translate("App", "基层工会助手已经打开，已切换到已打开的窗口。"))
        return 0
    install_excepthook(None)
    window = MainWindow(paths)
    InstanceServer(name, window.bring_to_front, window)
    if os.environ.get("UNIONAPP_EXIT_AFTER_PAINT"):
        window.first_painted.connect(lambda: _report_and_quit(app, "first_paint"))
    else:  # the database (and the heavy imports) only after the window has painted
        window.first_painted.connect(lambda: QTimer.singleShot(0, window.load))
        if os.environ.get("UNIONAPP_EXIT_AFTER_LOAD"):
            window.loaded.connect(lambda: _report_and_quit(app, "loaded"))
    window.show()
    code = app.exec()
    return code


def _report_and_quit(app: QApplication, event: str) -> None:
    """Benchmark hook: print the wall-clock time of `event` (first paint, data loaded), leave."""
    print(f"{event} {time.time():.6f}", flush=True)
    QTimer.singleShot(0, app.quit)

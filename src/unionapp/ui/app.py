"""Starting the window: one instance per data folder, translations, the exception hook."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

_STARTED = time.time()


def ui_language(preferred: str | None = None) -> str:
    """The UI language: the user's choice, else the system's; Chinese when unsure."""
    if preferred:
        return preferred
    system = QLocale.system()
    if system.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return "zh_CN"
    return "zh_CN" if system.language() == QLocale.Language.Chinese else system.name()


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
    from unionapp.ui.errors import install_excepthook
    from unionapp.ui.main_window import MainWindow
    from unionapp.ui.single_instance import (
        InstanceServer,
        ask_running_instance_to_raise,
        server_name,
    )

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("unionapp")
    app.setApplicationDisplayName(app.translate("App", "基层工会助手"))
    paths = resolve_paths(data_dir)
    name = server_name(str(paths.root))
    if ask_running_instance_to_raise(name):
        print(app.translate("App", "基层工会助手已经打开，已切换到已打开的窗口。"))
        return 0
    install_excepthook(None)
    install_translations(app)
    window = MainWindow(paths)
    InstanceServer(name, window.bring_to_front, window)
    if os.environ.get("UNIONAPP_EXIT_AFTER_PAINT"):
        window.first_painted.connect(lambda: _report_paint_and_quit(app))
    else:  # the database (and the heavy imports) only after the window has painted
        window.first_painted.connect(lambda: QTimer.singleShot(0, window.load))
    window.show()
    code = app.exec()
    return code


def _report_paint_and_quit(app: QApplication) -> None:
    """Benchmark hook: print the wall-clock time of the first paint, then leave."""
    print(f"first_paint {time.time():.6f}", flush=True)
    QTimer.singleShot(0, app.quit)


def fatal(message: str) -> None:
    QMessageBox.critical(None, QApplication.translate("App", "基层工会助手"), message)

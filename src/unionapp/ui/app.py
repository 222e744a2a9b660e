"""Starting the window: one instance per data folder, translations, the exception hook."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

_STARTED = time.time()


def install_translations(app: QApplication, language: str | None = None) -> None:
    """Load the program's and Qt's own translations for ``language`` (default: the system's)."""
    from unionapp.resources import resource_dir

    locale = QLocale(language) if language else QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        return  # the source strings are Simplified Chinese
    for name, folder in (
        ("unionapp", str(resource_dir() / "i18n")),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)


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

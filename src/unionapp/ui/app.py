"""Starting the window: one instance per data folder, translations, the exception hook."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from unionapp.ui.common.cjk_font import ensure_chinese_font
from unionapp.ui.common.language import install_translations, saved_language

_STARTED = time.time()


def run_gui(data_dir: str | None = None, database: str | None = None) -> int:
    """Open the main window on the data folder (or the server ``database``, else the one chosen
    in Settings); returns the process exit code."""
    from unionapp.resources import resource_path
    from unionapp.storage.paths import resolve_paths
    from unionapp.ui.common.errors import install_excepthook
    from unionapp.ui.main_window import MainWindow
    from unionapp.ui.settings.shared_database import window_database_url
    from unionapp.ui.single_instance import (
        InstanceServer,
        ask_running_instance_to_raise,
        server_name,
    )

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("unionapp")
    app.setOrganizationName("unionapp")
    ensure_chinese_font(app)
    install_translations(app, saved_language())
    app.setApplicationDisplayName(app.translate("App", "基层工会助手"))
    app.setWindowIcon(QIcon(str(resource_path("icons", "unionapp.png"))))
    paths = resolve_paths(data_dir)
    name = server_name(str(paths.root))
    if ask_running_instance_to_raise(name):
        print(app.translate("App", "基层工会助手已经打开，已切换到已打开的窗口。"))
        return 0
    install_excepthook(None)
    window = MainWindow(paths, window_database_url(database))
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

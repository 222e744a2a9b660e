from typing import Any
import pytest
from PySide6.QtWidgets import QMessageBox
from unionapp.applications.service import create_application
from unionapp.ui.applications_page import ApplicationsPage
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

@pytest.mark.parametrize("variant", ["nowait", "wait", "close_nowait"])
def test_x(qtbot: Any, union_ctx: Any, variant: str, monkeypatch) -> None:
    with union_ctx.session() as s:
        a = create_application(s, {}).id
    page = ApplicationsPage(union_ctx)
    qtbot.addWidget(page)
    page.select_application(a)
    editor = page.open_application(a)
    monkeypatch.setattr(QMessageBox, "question", lambda *x: QMessageBox.StandardButton.Yes)
    if variant == "close_nowait":
        editor.close()
    else:
        page.delete_selected()
    if variant == "wait":
        qtbot.wait(100)

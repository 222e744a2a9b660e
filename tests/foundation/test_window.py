"""The window shell: first-start setup, catalogue page, settings page, a second start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from unionapp.storage.context import open_context
from unionapp.storage.paths import resolve_paths
from unionapp.ui.main_window import MainWindow
from unionapp.ui.settings.union_form import SetupDialog
from unionapp.union import get_union, update_union


def _named_union(data_dir) -> None:
    ctx = open_context(data_dir)
    with ctx.session() as session:
        update_union(session, name="北京市某公司工会", contact="李明")
    ctx.close()


def test_first_start_setup_saves_profile(qtbot, data_dir, type_text):
    ctx = open_context(data_dir)
    try:
        dialog = SetupDialog(ctx)
        qtbot.addWidget(dialog)
        type_text(dialog.form.edits["name"], "北京市某公司工会委员会")
        type_text(dialog.form.edits["contact"], "张三")
        qtbot.keyClicks(dialog.form.edits["email"], "bad")
        dialog._save()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "邮箱" in dialog.form.error_label.text()
        dialog.form.edits["email"].clear()
        qtbot.keyClicks(dialog.form.edits["email"], "gh@example.com")
        dialog._save()
        assert dialog.result() == QDialog.DialogCode.Accepted
        with ctx.session() as session:
            union = get_union(session)
        assert (union.name, union.contact, union.email) == (
            "北京市某公司工会委员会",
            "张三",
            "gh@example.com",
        )
    finally:
        ctx.close()


def test_main_window_loads_catalogue_and_settings(qtbot, data_dir):
    _named_union(data_dir)
    window = MainWindow(resolve_paths(data_dir))
    qtbot.addWidget(window)
    window.show()
    assert window.load()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "服务项目" in titles and "设置" in titles
    page = window.show_section("catalogue")
    assert page.model.rowCount() == 47
    page.category.setCurrentIndex(page.category.findData("体育"))
    assert page.model.rowCount() == 22
    page.table.selectRow(0)
    assert "北京职工体育服务中心" in page.details.toPlainText()
    settings = window.show_section("settings")
    assert settings.profile.edits["name"].text() == "北京市某公司工会"
    assert str(data_dir) in settings.folder_label.text()
    window.close()
    assert list((data_dir / "backups").glob("unionapp-*.db")), "a backup is made on close"


def test_second_window_on_same_folder_is_refused(qtbot, data_dir, monkeypatch):
    _named_union(data_dir)
    first = MainWindow(resolve_paths(data_dir))
    qtbot.addWidget(first)
    assert first.load()
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    second = MainWindow(resolve_paths(data_dir))
    qtbot.addWidget(second)
    assert not second.load()
    assert second.ctx is None and shown and "已经在运行" in shown[0]
    first.close()


def test_window_paints_before_heavy_imports():
    import subprocess
    import sys

    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from unionapp.ui.main_window import MainWindow; from unionapp.storage.paths import resolve_paths;"
        "import tempfile; w = MainWindow(resolve_paths(tempfile.mkdtemp())); w.show(); app.processEvents();"
        "print(sorted(m for m in ('sqlmodel', 'reportlab', 'sqlalchemy', 'alembic') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_programme_dialog_adds_programme(qtbot, ctx, type_text):
    from unionapp.catalogue.query import ProgrammeInfo, list_programmes
    from unionapp.ui.catalogue.programme_dialog import ProgrammeDialog

    dialog = ProgrammeDialog(ctx, ProgrammeInfo(id=None, year=2024, name="", category="文化"))
    qtbot.addWidget(dialog)
    type_text(dialog.name, "职工摄影辅导")
    dialog._add_provider_row("北京市职工文化协会", "赵文君", ["13811646663"])
    dialog.minimum.setValue(20)
    dialog._save()
    assert dialog.saved is not None
    with ctx.session() as session:
        saved = list_programmes(session, year=2024)
    assert saved[0].name == "职工摄影辅导" and saved[0].rules["min_participants"] == 20
    assert saved[0].contacts[0].name == "赵文君"
    assert QApplication.instance() is not None and Qt is not None


def test_window_on_default_folder_logs_to_the_user_log_folder(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    paths = resolve_paths()
    first = open_context(paths)
    with first.session() as session:
        update_union(session, name="北京市某公司工会")
    first.close()
    window = MainWindow(paths)
    qtbot.addWidget(window)
    assert window.load()
    assert window.ctx.log_file.parent == paths.logs
    assert not (paths.root / "logs").exists()
    window.close()

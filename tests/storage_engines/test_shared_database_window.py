"""Issue 15 in the window: 设置 → 共享数据库 (test the connection, keep the choice without the
password), and the window opened on a server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import make_url

from reports.test_smtp import MemoryKeyring, memory_keyring  # noqa: F401  (fixture)
from unionapp.storage.context import open_context
from unionapp.storage.engine import parse_database_url
from unionapp.storage.migrate import upgrade
from unionapp.storage.paths import resolve_paths
from unionapp.storage.server import connect
from unionapp.ui.common import tasks
from unionapp.ui.main_window import MainWindow
from unionapp.ui.settings import shared_database
from unionapp.ui.settings.shared_database import ServerDialog
from unionapp.union import update_union

pytestmark = pytest.mark.no_engine_pass


@pytest.fixture(autouse=True)
def synchronous_and_own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    ini = str(tmp_path / "user.ini")
    monkeypatch.setattr(
        shared_database, "user_settings", lambda: QSettings(ini, QSettings.Format.IniFormat)
    )
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


def fill(dialog: ServerDialog, url: str, password: str = "") -> None:
    target = parse_database_url(url).url
    dialog.host.setText(target.host or "")
    dialog.port.setValue(target.port or 5432)
    dialog.database.setText(target.database or "")
    dialog.user.setText(target.username or "")
    dialog.password.setText(password)


def changed(url: str, **parts: str) -> str:
    return make_url(url).set(**parts).render_as_string(hide_password=False)


def click_test(dialog: ServerDialog) -> str:
    QTest.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    return dialog.test_result.text()


def test_connection_test_says_what_is_wrong_and_save_keeps_no_password(
    shots,
    qtbot,
    pg_admin_url,
    pg_ready_url,
    pg_url,
    memory_keyring: MemoryKeyring,  # noqa: F811
):
    import pg_server

    dialog = ServerDialog(None)
    qtbot.addWidget(dialog)
    fill(dialog, pg_ready_url)
    assert click_test(dialog).startswith("连接成功") and "未加密" in dialog.test_result.text()
    dialog.resize(dialog.sizeHint())
    assert dialog.width() <= 1093 and dialog.height() <= 614
    shots(dialog, "server_dialog_ok")

    fill(dialog, pg_url)  # an empty database: the administrator has not run db upgrade
    assert "请管理员运行 db upgrade" in click_test(dialog)
    fill(dialog, changed(pg_admin_url, database="missing_db"))
    assert "上没有数据库 missing_db" in click_test(dialog)
    dialog.port.setValue(1)
    assert "无法连接数据库服务器" in click_test(dialog)
    fill(dialog, changed(pg_admin_url, username=pg_server.PW_USER), "wrong")
    assert "密码不对" in click_test(dialog)
    dialog.require_tls.setChecked(True)
    fill(dialog, pg_ready_url)
    assert "不支持加密连接" in click_test(dialog)
    shots(dialog, "server_dialog_tls")

    dialog.require_tls.setChecked(False)
    fill(dialog, changed(pg_ready_url, username=pg_server.PW_USER), "pw-1")
    dialog.save()
    saved = shared_database.saved_database_url()
    assert saved is not None and saved.startswith(f"postgresql://{pg_server.PW_USER}@")
    assert "pw-1" not in Path(shared_database.user_settings().fileName()).read_text()
    assert list(memory_keyring.passwords.values()) == ["pw-1"]


def named_union(data_dir: Path, database: str | None = None) -> None:
    context = open_context(data_dir, database=database)
    with context.session() as session:
        update_union(session, name="北京市某公司工会")
    context.close()


def test_window_on_a_server_shows_it_and_hides_the_folder_backups(
    shots, qtbot, data_dir, pg_ready_url
):
    named_union(data_dir, pg_ready_url)
    window = MainWindow(resolve_paths(data_dir), pg_ready_url)
    qtbot.addWidget(window)
    window.resize(1093, 614)
    assert window.load()
    settings = window.pages["settings"]
    box = settings.shared_database
    assert parse_database_url(pg_ready_url).display in box.in_use.text()
    backup_buttons = [b for b in settings.findChildren(QPushButton) if b.text() == "立即备份"]
    assert backup_buttons and not backup_buttons[0].isVisibleTo(settings)
    local = box.local
    assert not local.isEnabled()  # nothing saved: the server came from the command line
    window.show()
    window.nav.setCurrentRow(list(window.pages).index("settings"))
    shots(window, "window_on_server_settings")
    window.close()


def test_window_on_an_older_server_offers_the_data_folder(qtbot, data_dir, pg_url, monkeypatch):
    named_union(data_dir)
    engine = connect(parse_database_url(pg_url))
    with engine.connect() as connection:
        upgrade(connection, "0004")
    engine.dispose()
    asked: list[str] = []

    def answer(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = MainWindow(resolve_paths(data_dir), pg_url)
    qtbot.addWidget(window)
    assert window.load()
    assert "请管理员运行 db upgrade" in asked[0]
    assert window.ctx is not None and window.ctx.server is None  # the data folder instead
    window.close()


def test_journey_from_one_pc_to_a_server(shots, qtbot, tmp_path, pg_url, capsys, type_text):
    """The guide's steps: db upgrade, db copy from the one-PC folder, the window on the server."""
    from unionapp.cli import main

    from .union_data import fill_union

    folder = tmp_path / "one-pc"
    context = open_context(folder)
    fill_union(context, tmp_path, members=120)
    context.close()
    assert main(["--data-dir", str(tmp_path / "admin"), "--database", pg_url, "db", "upgrade"]) == 0
    assert main(["--data-dir", str(folder), "db", "copy", "--to", pg_url]) == 0
    capsys.readouterr()

    window = MainWindow(resolve_paths(tmp_path / "another-pc"), pg_url)
    qtbot.addWidget(window)
    window.resize(1093, 614)
    window.show()
    assert window.load()
    roster = window.show_section("roster")
    qtbot.waitUntil(lambda: roster.model.rowCount() == 120)
    type_text(roster.search, "张")
    qtbot.waitUntil(lambda: 0 < roster.model.rowCount() < 120)
    names = [roster.model.index(row, 0).data() for row in range(roster.model.rowCount())]
    assert all("张" in (name or "") for name in names[:5]), names[:5]
    shots(window, "window_on_server_roster")
    window.close()


def test_window_asks_for_the_password_and_names_missing_rights(
    shots,
    qtbot,
    data_dir,
    pg_ready_url,
    monkeypatch,
    memory_keyring: MemoryKeyring,  # noqa: F811
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    import pg_server
    from unionapp.ui.settings.login_dialog import LoginDialog

    asked: list[str] = []

    def type_password() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(20, type_password)
            return
        asked.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        qtbot.keyClicks(dialog.password, pg_server.PW_PASSWORD)
        shots(dialog, "login_dialog")
        QTest.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, type_password)
    offered: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text, *args: offered.append(text) or QMessageBox.StandardButton.No,
    )
    window = MainWindow(resolve_paths(data_dir), changed(pg_ready_url, username=pg_server.PW_USER))
    qtbot.addWidget(window)
    assert not window.load()  # the user chose not to open the data folder instead
    assert "要求输入用户 pw_user 的密码" in asked[0] and "pw_user" in asked[0]
    assert list(memory_keyring.passwords.values()) == [pg_server.PW_PASSWORD]  # remembered
    assert "没有使用数据库" in offered[0] and "权限" in offered[0]

"""设置 → 共享数据库: which database this PC opens (its data folder, or a PostgreSQL server),
kept per user outside the data (QSettings, no password); the password goes to the keyring only.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionapp.errors import UserError
from unionapp.storage.engine import ENV_DATABASE_URL, ServerTarget, parse_database_url
from unionapp.storage.server import check_connection, store_password
from unionapp.ui.common.errors import show_user_error
from unionapp.ui.common.fitting import scroll_contents
from unionapp.ui.common.language import user_settings
from unionapp.ui.common.tasks import run_task
from unionapp.ui.common.test_result import show_test_failure, show_test_success

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext

DATABASE_KEY = "database/url"


def saved_database_url() -> str | None:
    """The server chosen in Settings for this user (None: the data folder)."""
    value = user_settings().value(DATABASE_KEY, "")
    return value if isinstance(value, str) and value else None


def save_database_url(url: str | None) -> None:
    settings = user_settings()
    if url:
        settings.setValue(DATABASE_KEY, url)
    else:
        settings.remove(DATABASE_KEY)
    settings.sync()


def window_database_url(option: str | None) -> str | None:
    """The window's database: ``--database``, else the environment, else the saved choice."""
    return option or os.environ.get(ENV_DATABASE_URL) or saved_database_url()


class ServerDialog(QDialog):
    """Name the server, test the connection, and keep the choice for the next start."""

    def __init__(self, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("共享数据库（PostgreSQL 服务器）"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "几台电脑共用一份数据时，由管理员在 PostgreSQL 服务器上建立数据库（见用户指南"
                "“多人共用：PostgreSQL 服务器”），在这里填写服务器的地址。"
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit(self)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("留空：使用系统密码库中保存的密码"))
        self.remember = QCheckBox(self.tr("把密码保存到系统密码库"), self)
        self.remember.setChecked(True)
        self.require_tls = QCheckBox(self.tr("要求加密连接（TLS）"), self)
        form.addRow(self.tr("服务器"), self.host)
        form.addRow(self.tr("端口"), self.port)
        form.addRow(self.tr("数据库名"), self.database)
        form.addRow(self.tr("用户名"), self.user)
        form.addRow(self.tr("密码"), self.password)
        form.addRow("", self.remember)
        form.addRow("", self.require_tls)
        layout.addLayout(form)
        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("测试连接"), self)
        self.test_button.clicked.connect(self.run_test)
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout.addLayout(test_row)
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)
        layout.addWidget(self.test_result)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        scroll_contents(self, 520, 0)
        if current:
            self._show(current)

    def _show(self, url: str) -> None:
        try:
            target = parse_database_url(url).url
        except UserError:
            return
        self.host.setText(target.host or "")
        self.port.setValue(target.port or 5432)
        self.database.setText(target.database or "")
        self.user.setText(target.username or "")
        self.require_tls.setChecked(
            target.query.get("sslmode") in ("require", "verify-ca", "verify-full")
        )

    def target(self) -> ServerTarget:
        """The server as filled in (UserError when something is missing or wrong)."""
        host, database, user = (e.text().strip() for e in (self.host, self.database, self.user))
        if not (host and database and user):
            raise UserError(self.tr("请填写服务器、数据库名和用户名。"))
        sslmode = "require" if self.require_tls.isChecked() else "prefer"
        target = parse_database_url(
            f"postgresql://{user}@{host}:{self.port.value()}/{database}?sslmode={sslmode}"
        )
        return target.with_password(self.password.text() or None)

    def run_test(self) -> None:
        try:
            target = self.target()
        except UserError as exc:
            self._test_failed(exc)
            return
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("正在连接……"))
        run_task(
            lambda _progress: check_connection(target), self._test_succeeded, self._test_failed
        )

    def _test_succeeded(self, message: str) -> None:
        self.test_button.setEnabled(True)
        show_test_success(self.test_result, message)

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        show_test_failure(self.test_result, exc)

    def save(self) -> None:
        try:
            target = self.target()
            if self.password.text() and self.remember.isChecked():
                store_password(target, self.password.text())
        except UserError as exc:
            show_user_error(self, exc)
            return
        sslmode = "?sslmode=require" if self.require_tls.isChecked() else ""
        save_database_url(target.display + sslmode)
        self.accept()


class SharedDatabaseBox(QGroupBox):
    """The settings page's group: the database in use and the choice for the next start."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("共享数据库"), parent)
        layout = QVBoxLayout(self)
        in_use = (
            self.tr("正在使用服务器上的数据库：{0}").format(ctx.server.display)
            if ctx.server is not None
            else self.tr("正在使用本机数据文件夹中的数据库。")
        )
        self.in_use = QLabel(in_use, self)
        self.in_use.setWordWrap(True)
        self.next_start = QLabel(self)
        self.next_start.setWordWrap(True)
        row = QHBoxLayout()
        self.choose = QPushButton(self.tr("设置服务器…"), self)
        self.choose.clicked.connect(self.choose_server)
        self.local = QPushButton(self.tr("改用本机数据文件夹"), self)
        self.local.clicked.connect(self.use_local)
        row.addWidget(self.choose)
        row.addWidget(self.local)
        row.addStretch(1)
        layout.addWidget(self.in_use)
        layout.addWidget(self.next_start)
        layout.addLayout(row)
        self._show_choice()

    def _show_choice(self) -> None:
        url = saved_database_url()
        self.local.setEnabled(url is not None)
        self.next_start.setText(
            self.tr("下次打开程序时：服务器 {0}").format(url)
            if url
            else self.tr("下次打开程序时：本机数据文件夹")
        )

    def choose_server(self) -> None:
        if ServerDialog(saved_database_url(), self).exec() == QDialog.DialogCode.Accepted:
            self._show_choice()
            self.next_start.setText(
                self.next_start.text() + self.tr("（已保存，重新打开程序后生效）")
            )

    def use_local(self) -> None:
        save_database_url(None)
        self._show_choice()

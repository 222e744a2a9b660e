"""The login to a database server: the server and login named, the password typed, and an offer
to remember it in the system keyring (never in a file) so that the next start asks no more."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from unionapp.errors import UserError
from unionapp.storage.engine import ServerTarget
from unionapp.storage.server import store_password

log = logging.getLogger(__name__)


class LoginDialog(QDialog):
    """Ask for the password of ``target``'s login, saying why (``problem``)."""

    def __init__(self, target: ServerTarget, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登录数据库服务器"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        reason = QLabel(problem, self)
        reason.setWordWrap(True)
        layout.addWidget(reason)
        form = QFormLayout()
        url = target.url
        form.addRow(self.tr("服务器："), QLabel(f"{url.host}:{url.port or 5432}/{url.database}"))
        form.addRow(self.tr("登录名："), QLabel(url.username or ""))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("密码："), self.password)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("在这台电脑上记住密码（保存在系统密码库中）"), self)
        self.remember.setChecked(True)
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.login_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.login_button.setText(self.tr("登录"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password.setFocus()


def ask_password(target: ServerTarget, problem: str) -> str | None:
    """The window's password prompt (None when the user cancels). A password asked to be
    remembered goes to the keyring; a wrong one is simply asked again and replaced."""
    dialog = LoginDialog(target, problem)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.password.text():
        return None
    password = dialog.password.text()
    if dialog.remember.isChecked():
        try:
            store_password(target.with_password(None), password)
        except UserError as exc:  # no keyring on this PC: the login still goes ahead
            log.warning("%s", exc)
    return password

"""The mail settings dialog (邮件设置): the report mail's template and optional SMTP sending.

The password goes to the operating system's keyring only; the dialog never shows a saved one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionapp.errors import UserError
from unionapp.reports.mail import (
    DEFAULT_BODY,
    DEFAULT_SUBJECT,
    PLACEHOLDERS,
    MailTemplate,
    get_mail_template,
    set_mail_template,
)
from unionapp.reports.smtp import (
    DEFAULT_PORTS,
    SECURITY_LABELS,
    SmtpSettings,
    load_password,
    load_smtp_settings,
    save_smtp_settings,
    store_password,
    test_connection,
)
from unionapp.ui.common.errors import show_user_error
from unionapp.ui.common.fitting import scroll_contents
from unionapp.ui.common.tasks import run_task
from unionapp.ui.common.test_result import show_test_failure, show_test_success

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext


class SmtpDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("邮件设置"))
        layout = QVBoxLayout(self)

        template_box = QGroupBox(self.tr("报表邮件的主题和正文"), self)
        template_form = QFormLayout(template_box)
        self.subject = QLineEdit(template_box)
        self.body = QPlainTextEdit(template_box)
        self.body.setMinimumHeight(150)
        template_form.addRow(self.tr("主题"), self.subject)
        template_form.addRow(self.tr("正文"), self.body)
        hint = QLabel(
            self.tr("可用的占位符（发送时替换）：{0}").format("  ".join(PLACEHOLDERS)), template_box
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        reset = QPushButton(self.tr("恢复默认内容"), template_box)
        reset.clicked.connect(self._reset_template)
        template_form.addRow(hint)
        template_form.addRow("", reset)
        layout.addWidget(template_box)

        smtp_box = QGroupBox(self.tr("直接发送（可选）：发件邮箱的 SMTP 服务器"), self)
        form = QFormLayout(smtp_box)
        self.host = QLineEdit(smtp_box)
        self.host.setPlaceholderText(self.tr("例如 smtp.163.com、smtp.qq.com"))
        self.security = QComboBox(smtp_box)
        for key, label in SECURITY_LABELS.items():
            self.security.addItem(label, key)
        self.port = QSpinBox(smtp_box)
        self.port.setRange(1, 65535)
        self.user = QLineEdit(smtp_box)
        self.user.setPlaceholderText(self.tr("通常是完整的邮箱地址"))
        self.sender = QLineEdit(smtp_box)
        self.sender.setPlaceholderText(self.tr("留空则与用户名相同"))
        self.password = QLineEdit(smtp_box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("服务器"), self.host)
        form.addRow(self.tr("加密方式"), self.security)
        form.addRow(self.tr("端口"), self.port)
        form.addRow(self.tr("用户名"), self.user)
        form.addRow(self.tr("发件人邮箱"), self.sender)
        form.addRow(self.tr("密码或授权码"), self.password)
        note = QLabel(
            self.tr("密码只保存在系统的密码库（Windows 凭据管理器）中，不写入数据库或文件。"
                    "只有在“测试连接”或“直接发送”时才会联网。"),
            smtp_box,
        )  # fmt: skip
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        form.addRow(note)
        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("测试连接"), smtp_box)
        self.test_button.clicked.connect(self.run_test)
        self.test_result = QLabel(smtp_box)
        self.test_result.setWordWrap(True)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        form.addRow(test_row)
        layout.addWidget(smtp_box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        scroll_contents(self, 620, 640)
        self._load()
        self.security.currentIndexChanged.connect(self._security_changed)

    def _load(self) -> None:
        with self.ctx.session() as session:
            template = get_mail_template(session)
            settings = load_smtp_settings(session)
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)
        self.host.setText(settings.host)
        self.security.setCurrentIndex(max(0, self.security.findData(settings.security)))
        self.port.setValue(settings.port)
        self.user.setText(settings.user)
        self.sender.setText(settings.sender)
        try:
            saved = bool(settings.host and settings.user and load_password(settings))
        except UserError:
            saved = False
        self.password.setPlaceholderText(
            self.tr("已保存（留空则不修改）") if saved else self.tr("尚未保存")
        )

    def _reset_template(self) -> None:
        self.subject.setText(DEFAULT_SUBJECT)
        self.body.setPlainText(DEFAULT_BODY)

    def _security_changed(self) -> None:
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[self.security.currentData()])

    def settings(self) -> SmtpSettings:
        return SmtpSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=self.security.currentData(),
            user=self.user.text().strip(),
            sender=self.sender.text().strip(),
        )

    def run_test(self) -> None:
        settings = self.settings()
        password = self.password.text() or None
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("正在连接……"))
        run_task(
            lambda _progress: test_connection(settings, password),
            self._test_succeeded,
            self._test_failed,
        )

    def _test_succeeded(self, message: str) -> None:
        self.test_button.setEnabled(True)
        show_test_success(self.test_result, message)

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        show_test_failure(self.test_result, exc)

    def save(self) -> None:
        settings = self.settings()
        try:
            with self.ctx.session() as session:
                set_mail_template(
                    session, MailTemplate(self.subject.text(), self.body.toPlainText())
                )
                if settings.host:
                    save_smtp_settings(session, settings)
            if settings.host and self.password.text():
                store_password(settings, self.password.text())
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.accept()

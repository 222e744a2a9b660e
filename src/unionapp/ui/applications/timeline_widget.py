"""An application's timeline (跟踪记录): dated entries, attached files, and recording a reply.

Embedded by the application editor: ``TimelineWidget(ctx, application_id)``. Corrected entries
stay in the list, struck through, with the correction after them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionapp.applications.attachments import (
    add_attachment,
    file_to_open,
    get_attachment,
    list_attachments,
    set_attachment_kind,
    usual_kind,
)
from unionapp.applications.tracking import correct_entry, timeline_json
from unionapp.errors import UserError
from unionapp.models import Application, TimelineEntry
from unionapp.ui.applications.attachment_kind import AttachmentKindDialog, kind_label
from unionapp.ui.applications.reply_dialog import ReplyDialog
from unionapp.ui.common.errors import show_user_error
from unionapp.ui.common.labels import status_text

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext

ENTRY_ROLE = Qt.ItemDataRole.UserRole
ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole.value + 1


def entry_text(entry: dict[str, Any]) -> str:
    """One line of the timeline, in the words the user sees."""
    parts = [entry["date"]]
    if entry["status"]:
        parts.append(status_text(entry["status"]))
    details = {
        "via": QCoreApplication.translate("Timeline", "方式：{0}"),
        "to_whom": QCoreApplication.translate("Timeline", "报送给：{0}"),
        "project_no": QCoreApplication.translate("Timeline", "项目编号：{0}"),
        "scheduled_at": QCoreApplication.translate("Timeline", "服务时间：{0}"),
        "attendance": QCoreApplication.translate("Timeline", "参加人数：{0}"),
        "reason": QCoreApplication.translate("Timeline", "原因：{0}"),
        "feedback": QCoreApplication.translate("Timeline", "反馈：{0}"),
        "note": "{0}",
    }
    for key, template in details.items():
        value = entry.get(key)
        if value not in (None, ""):
            parts.append(template.format(str(value).replace("T", " ")))
    if entry["attachments"]:
        names = "、".join(a["filename"] for a in entry["attachments"])
        parts.append(QCoreApplication.translate("Timeline", "附件：{0}").format(names))
    if entry["superseded_by"]:
        parts.append(QCoreApplication.translate("Timeline", "（已更正）"))
    return "  ".join(parts)


class TimelineWidget(QWidget):
    """Signals: ``changed`` after a reply or submission was recorded."""

    changed = Signal()

    def __init__(self, ctx: AppContext, application_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.application_id = application_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.status_label = QLabel(self)
        header.addWidget(self.status_label, 1)
        self.record_button = QPushButton(self.tr("记录报送/回复…"), self)
        self.record_button.clicked.connect(self.record_reply)
        header.addWidget(self.record_button)
        self.correct_button = QPushButton(self.tr("更正所选记录…"), self)
        self.correct_button.setToolTip(self.tr("更正日期或备注；原记录保留并标为“已更正”"))
        self.correct_button.clicked.connect(self.correct_selected)
        header.addWidget(self.correct_button)
        layout.addLayout(header)
        self.entries = QListWidget(self)
        self.entries.setWordWrap(True)
        self.entries.setAlternatingRowColors(True)
        layout.addWidget(self.entries, 1)
        files = QHBoxLayout()
        files_label = QLabel(self.tr("附件"), self)
        files_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        files.addWidget(files_label)
        self.files = QListWidget(self)
        self.files.setMaximumHeight(90)
        self.files.itemActivated.connect(self._open_file)
        files.addWidget(self.files, 1)
        file_buttons = QVBoxLayout()
        self.open_button = QPushButton(self.tr("打开"), self)
        self.open_button.setToolTip(self.tr("用电脑上的查看程序打开所选附件（按原文件名）"))
        self.open_button.clicked.connect(self._open_selected_file)
        self.attach_button = QPushButton(self.tr("添加附件…"), self)
        self.attach_button.setToolTip(
            self.tr(
                "盖章申请表的扫描件、承办单位的回复、活动照片等；文件保存在数据库中，随备份一起"
            )
        )
        self.attach_button.clicked.connect(self.choose_attachment)
        self.kind_button = QPushButton(self.tr("更改类型…"), self)
        self.kind_button.setToolTip(self.tr("更改所选附件是什么（扫描件、回复、照片或其他）"))
        self.kind_button.clicked.connect(self.change_selected_kind)
        file_buttons.addWidget(self.open_button)
        file_buttons.addWidget(self.attach_button)
        file_buttons.addWidget(self.kind_button)
        file_buttons.addStretch(1)
        files.addLayout(file_buttons)
        layout.addLayout(files)
        self.reload()

    def reload(self) -> None:
        with self.ctx.session() as session:
            application = session.get(Application, self.application_id)
            status = application.status if application else ""
            entries = timeline_json(session, self.application_id)
            attachments = list_attachments(session, self.application_id)
        self.status_label.setText(self.tr("当前状态：{0}").format(status_text(status)))
        self.entries.clear()
        for entry in entries:
            item = QListWidgetItem(entry_text(entry))
            item.setData(ENTRY_ROLE, entry["id"])
            if entry["superseded_by"]:
                font = QFont(item.font())
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(self.palette().placeholderText())
            self.entries.addItem(item)
        if not entries:
            self.entries.addItem(self.tr("尚无跟踪记录。报送后请点“记录报送/回复…”。"))
        self.status = status
        self.files.clear()
        for attachment in attachments:
            item = QListWidgetItem(
                self.tr("{0}（{1}）").format(attachment.filename, kind_label(attachment.kind))
            )
            item.setData(ATTACHMENT_ROLE, attachment.id)
            self.files.addItem(item)
        self.open_button.setEnabled(bool(attachments))
        self.kind_button.setEnabled(bool(attachments))
        if not attachments:
            self.files.addItem(self.tr("（没有附件）"))

    def add_attachment_file(self, path: Path, kind: str) -> bool:
        """Keep the file ``path`` in the database as an attachment of this application."""
        try:
            with self.ctx.session() as session:
                add_attachment(session, self.application_id, path, kind=kind)
        except UserError as exc:
            show_user_error(self, exc)
            return False
        self.reload()
        self.changed.emit()
        return True

    def make_kind_dialog(self, names: list[str], selected: str) -> AttachmentKindDialog:
        return AttachmentKindDialog(names, selected, self)

    def choose_attachment(self) -> None:
        """Pick files, then say what they are (this step's usual kind is preselected)."""
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("选择要附加的文件"),
            "",
            self.tr("扫描件、照片和文档 (*.pdf *.jpg *.jpeg *.png *.doc *.docx);;所有文件 (*)"),
        )
        if names:
            self.attach_files([Path(name) for name in names])

    def attach_files(self, paths: list[Path]) -> None:
        dialog = self.make_kind_dialog([p.name for p in paths], usual_kind(self.status))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        for path in paths:
            if not self.add_attachment_file(path, dialog.kind()):
                return

    def selected_attachment_id(self) -> int | None:
        item = self.files.currentItem()
        return item.data(ATTACHMENT_ROLE) if item is not None else None

    def change_selected_kind(self) -> None:
        attachment_id = self.selected_attachment_id()
        if attachment_id is None:
            QMessageBox.information(
                self, self.tr("更改类型"), self.tr("请先在附件列表中选中一个附件。")
            )
            return
        with self.ctx.session() as session:
            attachment = get_attachment(session, attachment_id)
        dialog = self.make_kind_dialog([attachment.filename], attachment.kind)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        with self.ctx.session() as session:
            set_attachment_kind(session, attachment_id, dialog.kind())
        self.reload()
        self.changed.emit()

    def entry_lines(self) -> list[str]:
        return [self.entries.item(row).text() for row in range(self.entries.count())]

    def make_reply_dialog(self) -> ReplyDialog:
        return ReplyDialog(self.ctx, self.application_id, self)

    def record_reply(self) -> None:
        dialog = self.make_reply_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit()

    def selected_entry_id(self) -> int | None:
        item = self.entries.currentItem()
        return item.data(ENTRY_ROLE) if item is not None else None

    def make_correction_dialog(self, entry_id: int) -> CorrectionDialog:
        return CorrectionDialog(self.ctx, entry_id, self)

    def correct_selected(self) -> None:
        entry_id = self.selected_entry_id()
        if entry_id is None:
            QMessageBox.information(
                self, self.tr("更正记录"), self.tr("请先在列表中选中要更正的记录。")
            )
            return
        dialog = self.make_correction_dialog(entry_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit()

    def _open_selected_file(self) -> None:
        item = self.files.currentItem() or self.files.item(0)
        if item is not None:
            self._open_file(item)

    def file_for(self, item: QListWidgetItem) -> Path | None:
        """Write the attachment of ``item`` out under its original name; None if it cannot."""
        attachment_id = item.data(ATTACHMENT_ROLE)
        if attachment_id is None:
            return None
        try:
            with self.ctx.session() as session:
                attachment = get_attachment(session, attachment_id)
                return file_to_open(session, self.ctx.paths, attachment)
        except UserError as exc:
            show_user_error(self, exc)
            return None

    def _open_file(self, item: QListWidgetItem) -> None:
        path = self.file_for(item)
        if path is None:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(
                self, self.tr("无法打开"), self.tr("无法打开附件：{0}").format(path)
            )


class CorrectionDialog(QDialog):
    """Correct the date or the note of a timeline entry (a new entry supersedes the old one)."""

    def __init__(self, ctx: AppContext, entry_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entry_id = entry_id
        with ctx.session() as session:
            entry = session.get(TimelineEntry, entry_id)
            if entry is None:
                raise UserError(self.tr("没有编号为 {0} 的跟踪记录。").format(entry_id))
            day, note = entry.date, entry.note
        self.setWindowTitle(self.tr("更正跟踪记录"))
        form = QFormLayout(self)
        self.date = QDateEdit(QDate(day.year, day.month, day.day), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.note = QLineEdit(note, self)
        form.addRow(self.tr("日期"), self.date)
        form.addRow(self.tr("备注"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        try:
            with self.ctx.session() as session:
                correct_entry(
                    session,
                    self.entry_id,
                    date=self.date.date().toPython(),
                    note=self.note.text().strip(),
                )
        except UserError as exc:
            show_user_error(self, exc)
            return
        super().accept()

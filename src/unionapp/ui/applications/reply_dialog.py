"""Record that a form was sent, or what the hosting unit answered: a status change with its details.

Only the statuses legal from the current one are offered; each shows just the fields it uses.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionapp.applications.attachments import add_attachment, usual_kind
from unionapp.applications.participants import participant_total
from unionapp.applications.tracking import (
    VIA_CHOICES,
    StatusChange,
    change_status,
    legal_next,
)
from unionapp.errors import UserError
from unionapp.models import Application
from unionapp.ui.applications.attachment_kind import kind_combo
from unionapp.ui.common.errors import show_user_error
from unionapp.ui.common.fitting import scroll_contents
from unionapp.ui.common.labels import label_text, status_text

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext

# Which fields each status asks for (the date and the note are always there).
FIELDS_FOR: dict[str, tuple[str, ...]] = {
    "submitted": ("via", "to_whom"),
    "accepted": ("project_no",),
    "scheduled": ("scheduled_at",),
    "done": ("attendance", "feedback"),
    "declined": ("reason",),
    "returned": ("reason",),
}


class ReplyDialog(QDialog):
    """After ``exec()`` returns Accepted, ``entry_id`` is the new timeline entry."""

    def __init__(
        self,
        ctx: AppContext,
        app_id: int,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.app_id = app_id
        self.entry_id: int | None = None
        self.files: list[Path] = []
        with ctx.session() as session:
            application = session.get(Application, app_id)
            if application is None:
                raise UserError(self.tr("没有编号为 {0} 的申请。").format(app_id))
            self.current = application.status
            scheduled = application.scheduled_at or application.service_time
            project_no = application.project_no
            provider = application.provider
            expected = participant_total(session, application)
        self.setWindowTitle(self.tr("记录报送或回复 — 申请 {0}").format(app_id))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("当前状态：{0}").format(status_text(self.current)), self))
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.status = QComboBox(self)
        for key in legal_next(self.current):
            moved = key == self.current == "scheduled"
            self.status.addItem(self.tr("改期（新的服务时间）") if moved else status_text(key), key)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(_qdate(today or date.today()))
        self.via = QComboBox(self)
        for choice in VIA_CHOICES:
            self.via.addItem(label_text(choice), choice)
        self.to_whom = QLineEdit(provider, self)
        self.project_no = QLineEdit(project_no, self)
        self.scheduled_at = QDateTimeEdit(self)
        self.scheduled_at.setCalendarPopup(True)
        self.scheduled_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.scheduled_at.setDateTime(
            _qdatetime(scheduled) if scheduled else QDateTime(self.date.date(), QTime(9, 0))
        )
        self.attendance = QSpinBox(self)
        self.attendance.setRange(-1, 100000)  # -1 shows as “not entered”
        self.attendance.setSpecialValueText(self.tr("（未填）"))
        self.attendance.setValue(-1 if expected is None else expected)
        self.feedback = QLineEdit(self)
        self.reason = QLineEdit(self)
        self.note = QPlainTextEdit(self)
        self.note.setFixedHeight(70)
        self.rows: dict[str, QWidget] = {
            "via": self.via,
            "to_whom": self.to_whom,
            "project_no": self.project_no,
            "scheduled_at": self.scheduled_at,
            "attendance": self.attendance,
            "feedback": self.feedback,
            "reason": self.reason,
        }
        self.form.addRow(self.tr("新状态"), self.status)
        self.form.addRow(self.tr("日期"), self.date)
        for name, label in (
            ("via", self.tr("报送方式")),
            ("to_whom", self.tr("报送给")),
            ("project_no", self.tr("项目编号")),
            ("scheduled_at", self.tr("确定的服务时间")),
            ("attendance", self.tr("实际参加人数")),
            ("feedback", self.tr("反馈")),
            ("reason", self.tr("原因")),
        ):
            self.form.addRow(label, self.rows[name])
        self.form.addRow(self.tr("备注"), self.note)
        files_row = QHBoxLayout()
        self.file_list = QListWidget(self)
        self.file_list.setFixedHeight(48)
        attach = QPushButton(self.tr("附加文件…"), self)
        attach.setToolTip(
            self.tr("盖章申请表的扫描件、承办单位的回复、活动照片等；文件保存在数据库中")
        )
        attach.clicked.connect(self._choose_file)
        self.attach_kind = kind_combo(self, "scan")
        self.attach_kind.setToolTip(self.tr("附加的文件是什么（以后可以在附件列表中更改）"))
        self.attach_kind.activated.connect(self._kind_chosen)
        self._kind_picked = False
        files_row.addWidget(self.file_list, 1)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(attach)
        file_buttons.addWidget(self.attach_kind)
        files_row.addLayout(file_buttons)
        self.form.addRow(self.tr("附件"), files_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("记录"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if self.status.count() == 0:
            layout.addWidget(
                QLabel(
                    self.tr("“{0}”是最终状态，不能再改变。").format(status_text(self.current)),
                    self,
                )
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout.addWidget(self.buttons)
        scroll_contents(self, 460, 0)
        if "submitted" in legal_next(self.current):
            self.set_status("submitted")
        self.status.currentIndexChanged.connect(self._show_fields)
        self._show_fields()

    def set_status(self, key: str) -> None:
        """Choose a status by key (it must be one of the legal next ones)."""
        index = self.status.findData(key)
        if index < 0:
            raise ValueError(f"{key} is not legal after {self.current}")
        self.status.setCurrentIndex(index)

    def add_file(self, path: Path) -> None:
        self.files.append(path)
        self.file_list.addItem(path.name)

    def _choose_file(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("选择要附加的文件"),
            "",
            self.tr("扫描件和文档 (*.pdf *.jpg *.jpeg *.png *.doc *.docx);;所有文件 (*)"),
        )
        for name in names:
            self.add_file(Path(name))

    def _kind_chosen(self) -> None:
        self._kind_picked = True

    def _show_fields(self) -> None:
        wanted = FIELDS_FOR.get(self.status.currentData() or "", ())
        if not self._kind_picked:  # the step's usual kind until the user picks another
            kind = usual_kind(self.status.currentData() or "")
            self.attach_kind.setCurrentIndex(self.attach_kind.findData(kind))
        for name, widget in self.rows.items():
            self.form.setRowVisible(widget, name in wanted)

    def change(self) -> StatusChange:
        """The change as entered (fields the chosen status does not use are left out)."""
        status = self.status.currentData()
        wanted = FIELDS_FOR.get(status, ())
        moment = self.scheduled_at.dateTime().toPython()
        return StatusChange(
            status=status,
            day=self.date.date().toPython(),
            via=self.via.currentData() if "via" in wanted else "",
            to_whom=self.to_whom.text().strip() if "to_whom" in wanted else "",
            note=self.note.toPlainText().strip(),
            reason=self.reason.text().strip() if "reason" in wanted else "",
            project_no=self.project_no.text().strip() if "project_no" in wanted else "",
            scheduled_at=moment.replace(second=0, microsecond=0)
            if "scheduled_at" in wanted
            else None,
            attendance=self.attendance.value()
            if "attendance" in wanted and self.attendance.value() >= 0
            else None,
            feedback=self.feedback.text().strip() if "feedback" in wanted else "",
        )

    def accept(self) -> None:
        try:
            with self.ctx.session() as session:
                entry = change_status(session, self.app_id, self.change())
                for path in self.files:
                    add_attachment(
                        session,
                        self.app_id,
                        path,
                        kind=self.attach_kind.currentData(),
                        timeline_entry_id=entry.id,
                    )
                self.entry_id = entry.id
        except UserError as exc:
            show_user_error(self, exc)
            return
        super().accept()


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _qdatetime(value: datetime) -> QDateTime:
    return QDateTime(_qdate(value.date()), QTime(value.hour, value.minute))

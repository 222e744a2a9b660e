"""Adding or editing one member (the only place the full ID number and phone are shown), with
the validation message beside each field and the member's history; and the status-change dialog."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from unionapp.clashes import LastChange
from unionapp.roster.store import (
    MemberData,
    MemberInvalid,
    add_member,
    check_member,
    departments,
    describe_event,
    get_member,
    member_history,
    update_member,
)
from unionapp.roster.validate import STATUSES
from unionapp.ui.common.clash_dialog import merge_with_theirs
from unionapp.ui.common.collation import pinyin_sorted
from unionapp.ui.common.fitting import scroll_contents
from unionapp.ui.common.labels import GENDER_SOURCES, label_text

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext

_ERROR_STYLE = "color: #c0392b;"


class MemberDialog(QDialog):
    """Add a member (`member_id` None) or edit one. `saved_id` holds the member's id after OK."""

    def __init__(self, ctx: AppContext, member_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.member_id = member_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("添加会员") if member_id is None else self.tr("编辑会员"))
        self.setMinimumWidth(560)
        self.name = QLineEdit(self)
        self.gender = QComboBox(self)
        for value in ("", *GENDER_SOURCES):
            self.gender.addItem(label_text(value), value)
        self.department = QComboBox(self)
        self.department.setEditable(True)
        self.position = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("13800138000 或 010-65116642"))
        self.id_number = QLineEdit(self)
        self.id_number.setPlaceholderText(self.tr("18 位，可不填"))
        self.card_number = QLineEdit(self)
        self.card_number.setPlaceholderText(self.tr("工会会员互助服务卡号，可不填"))
        self.join_date = QLineEdit(self)
        self.join_date.setPlaceholderText(self.tr("如 2021-05-01，可不填"))
        self.status = QComboBox(self)
        for status in STATUSES:
            self.status.addItem(label_text(status), status)
        self.notes = QLineEdit(self)
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, str] = {}
        self._loaded: dict[str, str] = {}
        self._merged_onto = 0  # the version the save is merged onto
        form = QFormLayout()
        for key, label, widget in (
            ("name", self.tr("姓名 *"), self.name),
            ("gender", self.tr("性别"), self.gender),
            ("department", self.tr("部门"), self.department),
            ("position", self.tr("职务"), self.position),
            ("phone", self.tr("手机/电话"), self.phone),
            ("id_number", self.tr("身份证号"), self.id_number),
            ("card_number", self.tr("会员卡号"), self.card_number),
            ("join_date", self.tr("入会日期"), self.join_date),
            ("status", self.tr("状态"), self.status),
            ("notes", self.tr("备注"), self.notes),
        ):
            error = QLabel(self)
            error.setStyleSheet(_ERROR_STYLE)
            error.setWordWrap(True)
            error.setMinimumWidth(200)
            self.errors[key] = error
            self.labels[key] = label.rstrip(" *")
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            row.addWidget(error, 1)
            form.addRow(label, row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.history = QListWidget(self)
        self.history.setMaximumHeight(140)
        self.history.setWordWrap(True)  # an entry lists every field changed, old → new
        if member_id is not None:
            layout.addWidget(QLabel(self.tr("历史记录"), self))
            layout.addWidget(self.history)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        scroll_contents(self, 560, 0)
        self._load()

    def _load(self) -> None:
        with self.ctx.session() as session:
            self.department.addItems(["", *pinyin_sorted(departments(session))])
            if self.member_id is None:
                return
            data = MemberData.of(get_member(session, self.member_id))
            events = [describe_event(e) for e in member_history(session, self.member_id)]
        self._show(_form(data))
        self.history.addItems(events)
        self._loaded = _form(self.entered())

    def _show(self, values: dict[str, str]) -> None:
        self.name.setText(values["name"])
        self.gender.setCurrentIndex(max(0, self.gender.findData(values["gender"])))
        self.department.setCurrentText(values["department"])
        self.position.setText(values["position"])
        self.phone.setText(values["phone"])
        self.id_number.setText(values["id_number"])
        self.card_number.setText(values["card_number"])
        self.join_date.setText(values["join_date"])
        self.status.setCurrentIndex(max(0, self.status.findData(values["status"])))
        self.notes.setText(values["notes"])

    def entered(self) -> MemberData:
        """The values as typed (checked and normalised on save)."""
        return MemberData(
            name=self.name.text(),
            gender=self.gender.currentData() or "",
            department=self.department.currentText(),
            position=self.position.text(),
            phone=self.phone.text(),
            id_number=self.id_number.text() or None,
            card_number=self.card_number.text() or None,
            join_date=self.join_date.text() or None,  # type: ignore[arg-type]
            status=self.status.currentData(),
            notes=self.notes.text(),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setText(errors.get(key, ""))

    def accept(self) -> None:
        raw = self.entered()
        try:
            _, warnings = check_member(raw)
        except MemberInvalid as invalid:
            self.show_errors(invalid.errors)
            return
        if warnings:
            answer = QMessageBox.question(
                self,
                self.tr("请核对"),
                self.tr("{0}。仍然保存吗？").format("；".join(warnings)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        while True:
            if self.member_id is not None:
                merged = self._merge_with_theirs()
                if merged is None:
                    return
                raw = merged
            try:
                with self.ctx.session() as session:
                    if self.member_id is None:
                        self.saved_id = add_member(session, raw).id
                    elif get_member(session, self.member_id).version != self._merged_onto:
                        continue  # saved by someone else just now: merge with that too
                    else:  # a save in between is refused by the version check
                        self.saved_id = update_member(session, self.member_id, raw).id
            except MemberInvalid as invalid:
                self.show_errors(invalid.errors)
                return
            break
        super().accept()

    def _merge_with_theirs(self) -> MemberData | None:
        """The user's changes on top of the member as stored now: someone else's changes to
        other fields are kept (and shown); where both changed a field the user chooses. None:
        nothing is saved and the user's text stays in the dialog."""
        assert self.member_id is not None
        with self.ctx.session() as session:
            current = get_member(session, self.member_id)
            theirs = _form(MemberData.of(current))
            who = LastChange.of(current)
            self._merged_onto = current.version
        mine = {k: v for k, v in _form(self.entered()).items() if v != self._loaded.get(k)}
        title = self.tr("他人同时修改了这位会员")
        merged = merge_with_theirs(self, title, who, self._loaded, mine, theirs, self.labels)
        if merged is None:
            return None
        self._show(merged)
        return self.entered()


def _form(data: MemberData) -> dict[str, str]:
    """A member's fields as the dialog shows them (text; empty for none)."""
    return {k: "" if v is None else str(v) for k, v in data.as_dict().items()}


class StatusDialog(QDialog):
    """Choose a new status, the date it took effect and a note.

    Nothing is preselected: OK stays disabled until the user picks the new status.
    """

    def __init__(self, name: str, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("状态变更"))
        self.status = QComboBox(self)
        for status in STATUSES:
            if status != current:
                self.status.addItem(label_text(status), status)
        self.status.setPlaceholderText(self.tr("请选择新的状态"))
        self.status.setCurrentIndex(-1)
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.note = QLineEdit(self)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("会员“{0}”，现在：{1}").format(name, current), self))
        form.addRow(self.tr("改为"), self.status)
        form.addRow(self.tr("日期"), self.day)
        form.addRow(self.tr("说明"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.status.currentIndexChanged.connect(lambda index: self.ok_button.setEnabled(index >= 0))

    def chosen(self) -> tuple[str, date, str]:
        return self.status.currentData(), self.day.date().toPython(), self.note.text()

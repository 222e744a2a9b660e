"""Adding or editing a catalogue programme: its text, hosting units with contacts, and rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionapp.catalogue.query import ContactInfo, ProgrammeInfo, save_programme
from unionapp.catalogue.store import CATEGORIES
from unionapp.errors import UserError
from unionapp.ui.common.fitting import scroll_contents

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext


def _spin(maximum: int, none_text: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setSpecialValueText(none_text)
    return spin


class ProgrammeDialog(QDialog):
    """Edit one ProgrammeInfo; on accept it is saved and available as ``self.saved``."""

    def __init__(self, ctx: AppContext, info: ProgrammeInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.info = info
        self.saved: ProgrammeInfo | None = None
        self.setWindowTitle(self.tr("编辑服务项目") if info.id else self.tr("新增服务项目"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(info.year)
        self.name = QLineEdit(info.name, self)
        self.category = QComboBox(self)
        self.category.addItems(list(CATEGORIES))
        if info.category in CATEGORIES:
            self.category.setCurrentText(info.category)
        self.time_window = QLineEdit(info.time_window, self)
        self.time_window.setPlaceholderText(self.tr("如：3月—12月、全年"))
        months = QHBoxLayout()
        self.start_month = _spin(12, self.tr("未定"))
        self.start_month.setValue(info.window_start_month or 0)
        self.end_month = _spin(12, self.tr("未定"))
        self.end_month.setValue(info.window_end_month or 0)
        months.addWidget(QLabel(self.tr("从")))
        months.addWidget(self.start_month)
        months.addWidget(QLabel(self.tr("月到")))
        months.addWidget(self.end_month)
        months.addWidget(QLabel(self.tr("月")))
        months.addStretch(1)
        form.addRow(self.tr("年度"), self.year)
        form.addRow(self.tr("项目名称"), self.name)
        form.addRow(self.tr("类别"), self.category)
        form.addRow(self.tr("活动时间"), self.time_window)
        form.addRow(self.tr("活动月份"), months)
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("承办单位与联系人")))
        self.providers = QTableWidget(0, 3, self)
        self.providers.setHorizontalHeaderLabels(
            [self.tr("承办单位"), self.tr("联系人"), self.tr("联系电话（多个用、分隔）")]
        )
        self.providers.horizontalHeader().setStretchLastSection(True)
        self.providers.setColumnWidth(0, 220)
        contacts = {c.provider: c for c in info.contacts}
        for name in info.providers:
            contact = contacts.get(name)
            self._add_provider_row(
                name, contact.name if contact else "", contact.phones if contact else []
            )
        row_buttons = QHBoxLayout()
        add_row = QPushButton(self.tr("添加承办单位"), self)
        add_row.clicked.connect(lambda: self._add_provider_row("", "", []))
        remove_row = QPushButton(self.tr("删除所选"), self)
        remove_row.clicked.connect(lambda: self.providers.removeRow(self.providers.currentRow()))
        row_buttons.addWidget(add_row)
        row_buttons.addWidget(remove_row)
        row_buttons.addStretch(1)
        layout.addWidget(self.providers)
        layout.addLayout(row_buttons)

        rules = QFormLayout()
        self.lead = _spin(60, self.tr("无要求"))
        self.lead.setValue(info.rules.get("lead_workdays") or 0)
        self.limit = _spin(100, self.tr("不限"))
        self.limit.setValue(info.rules.get("yearly_limit") or 0)
        self.minimum = _spin(10000, self.tr("不限"))
        self.minimum.setValue(info.rules.get("min_participants") or 0)
        self.uses_form = QCheckBox(self.tr("需填写服务申请表（附件3）"), self)
        self.uses_form.setChecked(bool(info.rules.get("uses_form")))
        self.online = QCheckBox(self.tr("线上辅导需先与承办方约定人数"), self)
        self.online.setChecked(bool(info.rules.get("online_needs_agreement")))
        self.rules_note = QLineEdit(info.rules.get("note") or "", self)
        rules.addRow(self.tr("提前工作日"), self.lead)
        rules.addRow(self.tr("每工会每年限报"), self.limit)
        rules.addRow(self.tr("最少参加会员数"), self.minimum)
        rules.addRow(self.uses_form)
        rules.addRow(self.online)
        rules.addRow(self.tr("规则原文"), self.rules_note)
        self.description = QPlainTextEdit(info.description, self)
        self.description.setMaximumHeight(70)
        self.participation = QPlainTextEdit(info.participation, self)
        self.participation.setMaximumHeight(70)
        rules.addRow(self.tr("主要内容"), self.description)
        rules.addRow(self.tr("参与方式"), self.participation)
        layout.addLayout(rules)

        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        scroll_contents(self, 760, 720)

    def _add_provider_row(self, name: str, contact: str, phones: list[str]) -> None:
        row = self.providers.rowCount()
        self.providers.insertRow(row)
        for column, text in enumerate((name, contact, "、".join(phones))):
            self.providers.setItem(row, column, QTableWidgetItem(text))

    def _cell(self, row: int, column: int) -> str:
        item = self.providers.item(row, column)
        return item.text().strip() if item else ""

    def edited_info(self) -> ProgrammeInfo:
        providers, contacts = [], []
        for row in range(self.providers.rowCount()):
            name = self._cell(row, 0)
            if not name:
                continue
            providers.append(name)
            if self._cell(row, 1):
                phones = [p.strip() for p in self._cell(row, 2).split("、") if p.strip()]
                contacts.append(ContactInfo(name, self._cell(row, 1), phones))
        return ProgrammeInfo(
            id=self.info.id,
            year=self.year.value(),
            name=self.name.text().strip(),
            category=self.category.currentText(),
            key=self.info.key,
            attachment=self.info.attachment,
            seq=self.info.seq,
            parent_id=self.info.parent_id,
            section=self.info.section,
            time_window=self.time_window.text().strip(),
            window_start_month=self.start_month.value() or None,
            window_end_month=self.end_month.value() or None,
            description=self.description.toPlainText().strip(),
            participation=self.participation.toPlainText().strip(),
            providers=providers,
            contacts=contacts,
            rules={
                "lead_workdays": self.lead.value() or None,
                "yearly_limit": self.limit.value() or None,
                "min_participants": self.minimum.value() or None,
                "uses_form": self.uses_form.isChecked(),
                "online_needs_agreement": self.online.isChecked(),
                "note": self.rules_note.text().strip(),
            },
        )

    def _save(self) -> None:
        try:
            with self.ctx.session() as session:
                self.saved = save_programme(session, self.edited_info())
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.accept()

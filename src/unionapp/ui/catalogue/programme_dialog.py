"""Adding or editing a catalogue programme: its text, hosting units with contacts, and rules."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionapp.catalogue.query import ContactInfo, ProgrammeInfo, get_programme, save_programme
from unionapp.catalogue.store import CATEGORIES
from unionapp.catalogue.time_window import parse_window, window_text
from unionapp.clashes import LastChange
from unionapp.errors import UserError
from unionapp.models import Programme
from unionapp.ui.common.clash_dialog import merge_with_theirs
from unionapp.ui.common.fitting import fit_to_screen

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext


def _spin(maximum: int, none_text: str) -> QSpinBox:  # 0 shows ``none_text``
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
        outer = QVBoxLayout(self)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
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
        self.time_window.setPlaceholderText(self.tr("如：3月—12月、全年、5、6月，或在右边选月份"))
        self.start_month = self._month_box(self.tr("未定"))
        self.end_month = self._month_box(self.tr("未定"))
        self._set_months(info.window_start_month, info.window_end_month)
        self.window_reading = QLabel(self)
        self.window_reading.setStyleSheet("color: palette(placeholder-text);")
        window = QHBoxLayout()
        window.addWidget(self.time_window, 1)
        window.addWidget(QLabel(self.tr("月份：从")))
        window.addWidget(self.start_month)
        window.addWidget(QLabel(self.tr("到")))
        window.addWidget(self.end_month)
        self.time_window.textEdited.connect(self._read_window)
        self.start_month.currentIndexChanged.connect(self._months_chosen)
        self.end_month.currentIndexChanged.connect(self._months_chosen)
        form.addRow(self.tr("年度"), self.year)
        form.addRow(self.tr("项目名称"), self.name)
        form.addRow(self.tr("类别"), self.category)
        form.addRow(self.tr("活动时间"), window)
        form.addRow("", self.window_reading)
        self._read_window(info.time_window)
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("承办单位与联系人")))
        self.providers = QTableWidget(0, 3, self)
        self.providers.setHorizontalHeaderLabels(
            [self.tr("承办单位"), self.tr("联系人"), self.tr("联系电话（多个用、分隔）")]
        )
        self.providers.horizontalHeader().setStretchLastSection(True)
        self.providers.setColumnWidth(0, 220)
        contacts = {c.provider: c for c in info.contacts}
        # what a contact covers (服务及辅导类…) is not edited here, and kept as it was
        self._scopes = {(c.provider, c.name): c.scope for c in info.contacts}
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
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        fit_to_screen(self, 800, 580)
        self._loaded = _flat(self.edited_info())  # as shown, to merge with changes meanwhile
        self._merged_onto = 0  # the version the save is merged onto
        self.labels = {
            "year": self.tr("年度"),
            "name": self.tr("项目名称"),
            "category": self.tr("类别"),
            "time_window": self.tr("活动时间"),
            "window_start_month": self.tr("开始月份"),
            "window_end_month": self.tr("结束月份"),
            "description": self.tr("主要内容"),
            "participation": self.tr("参与方式"),
            "providers": self.tr("承办单位"),
            "contacts": self.tr("联系人"),
            "rules.lead_workdays": self.tr("提前工作日"),
            "rules.yearly_limit": self.tr("每工会每年限报"),
            "rules.min_participants": self.tr("最少参加会员数"),
            "rules.uses_form": self.tr("需填写服务申请表（附件3）"),
            "rules.online_needs_agreement": self.tr("线上辅导需先与承办方约定人数"),
            "rules.note": self.tr("规则原文"),
        }

    # -- the time window: typed once, or made from the months chosen ----------------------------
    def _month_box(self, none_text: str) -> QComboBox:
        box = QComboBox(self)
        box.addItem(none_text, None)
        for month in range(1, 13):
            box.addItem(self.tr("{0}月").format(month), month)
        return box

    def _set_months(self, start: int | None, end: int | None) -> None:
        for box, month in ((self.start_month, start), (self.end_month, end)):
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(month)))
            box.blockSignals(False)

    def _months(self) -> tuple[int | None, int | None]:
        return self.start_month.currentData(), self.end_month.currentData()

    def _months_chosen(self) -> None:
        """Months chosen: the words are made from them."""
        start, end = self._months()
        self.time_window.setText(window_text(start, end))
        self._show_reading(start, end)

    def _read_window(self, text: str) -> None:
        """Words typed: the months are read from them when they can be read with certainty."""
        found = parse_window(text) if text.strip() else None
        if found is not None:
            self._set_months(*found)
            self._show_reading(*found)
        else:
            self._show_reading(None, None, text.strip())

    def _show_reading(self, start: int | None, end: int | None, unread: str = "") -> None:
        if unread:
            self.window_reading.setText(
                self.tr("读不出月份，请在右边选择（“{0}”将原样保存）").format(unread)
            )
        elif start is not None and end is not None:
            across = self.tr("（跨年）") if end < start else ""
            self.window_reading.setText(
                self.tr("可申请月份：{0}月至{1}月{2}").format(start, end, across)
            )
        else:
            self.window_reading.setText("")

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
                person = self._cell(row, 1)
                scope = self._scopes.get((name, person), "")
                contacts.append(ContactInfo(name, person, phones, scope))
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
            window_start_month=self._months()[0],
            window_end_month=self._months()[1],
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
            while True:
                info = self._merge_with_theirs()
                if info is None:  # clashing changes, not saved: the user's text stays
                    self.error.setText(self.tr("未保存：与他人的修改冲突"))
                    return
                with self.ctx.session() as session:
                    stored = session.get(Programme, info.id) if info.id else None
                    if stored is not None and stored.version != self._merged_onto:
                        continue  # saved by someone else just now: merge with that too
                    self.saved = save_programme(session, info)  # a save in between is refused
                break
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    def _merge_with_theirs(self) -> ProgrammeInfo | None:
        """The user's changes on top of the programme as stored now: someone else's changes to
        other fields are kept; where both changed a field the user chooses (None: not saved)."""
        edited = self.edited_info()
        if edited.id is None:
            return edited
        with self.ctx.session() as session:
            theirs = _flat(get_programme(session, edited.id))
            stored = session.get(Programme, edited.id)
            who = LastChange.of(stored) if stored else LastChange("")
            self._merged_onto = stored.version if stored else 0
        mine = {k: v for k, v in _flat(edited).items() if v != self._loaded.get(k)}
        title = self.tr("他人同时修改了这个服务项目")
        merged = merge_with_theirs(
            self, title, who, self._loaded, mine, theirs, self.labels, _shown
        )
        return None if merged is None else _unflat(edited, merged)


def _flat(info: ProgrammeInfo) -> dict[str, Any]:
    """A programme's editable fields as the dialog shows them, one entry per field that can be
    merged on its own (each rule apart; hosting units and contacts as wholes)."""
    flat: dict[str, Any] = {
        "year": info.year,
        "name": info.name.strip(),
        "category": info.category,
        "time_window": info.time_window.strip(),
        "window_start_month": info.window_start_month,
        "window_end_month": info.window_end_month,
        "description": info.description.strip(),
        "participation": info.participation.strip(),
        "providers": tuple(info.providers),
        "contacts": tuple(
            (c.provider, c.name, tuple(c.phones))
            for c in info.contacts
            if c.name and c.provider in info.providers
        ),
    }
    for name in ("lead_workdays", "yearly_limit", "min_participants"):
        flat[f"rules.{name}"] = info.rules.get(name) or None
    for name in ("uses_form", "online_needs_agreement"):
        flat[f"rules.{name}"] = bool(info.rules.get(name))
    flat["rules.note"] = (info.rules.get("note") or "").strip()
    return flat


def _unflat(base: ProgrammeInfo, flat: dict[str, Any]) -> ProgrammeInfo:
    rules = {k.removeprefix("rules."): v for k, v in flat.items() if k.startswith("rules.")}
    plain = {
        k: v
        for k, v in flat.items()
        if not k.startswith("rules.") and k not in ("providers", "contacts")
    }
    scopes = {(c.provider, c.name): c.scope for c in base.contacts}
    return replace(
        base,
        **plain,
        providers=list(flat["providers"]),
        contacts=[
            ContactInfo(p, n, list(phones), scopes.get((p, n), ""))
            for p, n, phones in flat["contacts"]
        ],
        rules=rules,
    )


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple):
        return "、".join(
            " ".join(str(part) for part in item if part) if isinstance(item, tuple) else str(item)
            for item in value
        )
    return str(value)

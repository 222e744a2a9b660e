"""The application editor: every field of Attachment 3, live warnings, self-saving drafts."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unionapp.applications.checks import application_warnings
from unionapp.applications.editing import FormSave, form_values, save_form
from unionapp.applications.fields import FIELD_NAMES, TEXT_FIELDS
from unionapp.applications.participants import participant_list_count
from unionapp.applications.printing import applications_pdf_bytes, mark_printed
from unionapp.applications.rules import application_deadline
from unionapp.applications.service import (
    EDITABLE_STATUSES,
    FINAL_STATUSES,
    get_application,
    programme_suggestions,
    provider_contacts_text,
    roster_scale_suggestions,
)
from unionapp.applications.tracking import UNSENT_STATUSES
from unionapp.applications.warnings import Warning
from unionapp.catalogue.query import list_programmes, provider_names
from unionapp.errors import UserError
from unionapp.models import Application
from unionapp.ui.applications.participant_picker import ParticipantPicker
from unionapp.ui.applications.reply_dialog import ReplyDialog
from unionapp.ui.applications.timeline_widget import TimelineWidget
from unionapp.ui.common.clash_dialog import ask_about_clashes
from unionapp.ui.common.errors import show_user_error
from unionapp.ui.common.fitting import fit_to_screen
from unionapp.ui.common.labels import service_time_text, status_text
from unionapp.ui.common.labels import warning_text as worded_warning
from unionapp.ui.help.guide import add_help_key

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext

AUTOSAVE_MS = 1500
WARNINGS_MS = 300
# QDateTimeEdit cannot be empty: its minimum means "no time chosen yet" (shown as special text).
_NO_TIME = QDateTime(QDate(2000, 1, 1), QTime(0, 0))
_MULTILINE = ("needs", "notes", "opinion")
# Badge colours of the status in the header: (background, text).
_STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "draft": ("#e8e8e8", "#333333"),
    "printed": ("#dbe9ff", "#1d4f91"),
    "returned": ("#ffe2c2", "#8a4500"),
    "submitted": ("#fff1b8", "#6b5200"),
    "accepted": ("#d7f0d2", "#1f6b1a"),
    "scheduled": ("#cdeeea", "#0f5e57"),
    "done": ("#c9e7c4", "#174d14"),
    "declined": ("#f6d2d2", "#8c1d1d"),
    "withdrawn": ("#e0e0e0", "#666666"),
}


class ApplicationEditor(QWidget):
    """A window editing one application. Signals: ``saved(int)`` after each save; ``closed(int)``
    once the window has closed (its owner then lets it go)."""

    saved = Signal(int)
    closed = Signal(int)

    def __init__(self, ctx: AppContext, app_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.app_id = app_id
        self.dirty = False
        self.setWindowTitle(self.tr("申请表 {0}").format(app_id))
        fit_to_screen(self, 820, 860)
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save)
        self.warning_timer = QTimer(self)
        self.warning_timer.setSingleShot(True)
        self.warning_timer.setInterval(WARNINGS_MS)
        self.warning_timer.timeout.connect(self.refresh_warnings)
        self.fields: dict[str, QWidget] = {}
        self.warning_labels: dict[str, QLabel] = {}
        self._status = "draft"
        self._loading = False
        self._stored: dict[str, Any] = {}  # the form's fields in the database when loaded
        self._shown: dict[str, Any] = {}  # the same fields as the window showed them then
        self.preview_dialog: QDialog | None = None
        self._build()
        self.load()
        add_help_key(self, "applications")

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.header = QLabel(self)
        self.header.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.status_badge = QLabel(self)
        self.deadline_label = QLabel(self)
        self.deadline_label.setWordWrap(True)  # long service times must not widen the window
        top.addWidget(self.header)
        top.addWidget(self.status_badge)
        top.addWidget(self.deadline_label, 1)
        self.reply_button = QPushButton(self.tr("记录回复/报送…"), self)
        self.reply_button.setToolTip(
            self.tr("记录已报送（日期、方式）、承办单位的受理、排期、退回或未通过等")
        )
        self.reply_button.clicked.connect(self.record_reply)
        top.addWidget(self.reply_button)
        outer.addLayout(top)
        self.lock_note = QLabel(self)
        self.lock_note.setWordWrap(True)
        self.lock_note.setStyleSheet(
            "QLabel { background: #eef4ff; border: 1px solid #9fb8e0; padding: 6px; }"
        )
        self.lock_note.hide()
        outer.addWidget(self.lock_note)
        self.tabs = QTabWidget(self)
        outer.addWidget(self.tabs, 1)
        scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        self.form = QFormLayout(body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        body.setStyleSheet(
            'QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"], '
            'QDateTimeEdit[readOnly="true"] { background: #f2f2f2; color: #444; }'
        )
        scroll.setWidget(body)
        self.tabs.addTab(scroll, self.tr("申请表"))
        self.timeline = TimelineWidget(self.ctx, self.app_id, self.tabs)
        self.timeline.layout().setContentsMargins(6, 6, 6, 6)
        self.timeline.record_button.hide()  # the editor's own button stands above the tabs
        self.timeline.changed.connect(self._tracking_changed)
        self.tabs.addTab(self.timeline, self.tr("报送与回复记录"))

        self.programme = QComboBox(body)
        self.programme.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.programme.setMinimumContentsLength(30)
        self.programme.setToolTip(
            self.tr("从服务项目目录选择，程序据此检查通知中的规则（提前报送、年度限次等）。")
        )
        self._add_row("programme_id", self.tr("目录中的服务项目"), self.programme)
        self.provider_contacts = QLabel(body)
        self.provider_contacts.setStyleSheet("color: #555;")
        self.provider_contacts.setWordWrap(True)
        self.form.addRow("", self.provider_contacts)

        texts = self._text_specs()
        for name in ("provider", "union_name", "contact", "contact_title"):
            self._add_line(name, *texts[name])
        self.service_time = ServiceTimeEdit(body)
        self.service_time.setSpecialValueText(self.tr("（未填，请选择具体日期和时间）"))
        self.service_time.setToolTip(
            self.tr("申请服务时间（请写明具体时间），如：2023年5月8日14:00")
        )
        self._add_row("service_time", self.tr("申请服务时间"), self.service_time)
        for name in ("phone", "service_item", "category"):
            self._add_line(name, *texts[name])
        self.scale = QComboBox(body)
        self.scale.setEditable(True)
        self.scale.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scale.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.scale.lineEdit().setPlaceholderText(self.tr("如：100名持工会会员互助服务卡的会员"))
        self.scale.setToolTip(
            self.tr(
                "服务职工规模，如：100名持工会会员互助服务卡的会员。可从名册人数中选择，或直接填写。"
            )
        )
        self._add_row("scale", self.tr("服务职工规模"), self.scale)
        self._add_line("location", *texts["location"])
        self._add_participants_row(body)
        for name in _MULTILINE:
            self._add_text(name, *texts[name])
        self.declared_on = QDateEdit(body)
        self.declared_on.setCalendarPopup(True)
        self.declared_on.setDisplayFormat("yyyy-MM-dd")
        self.declared_on.setToolTip(self.tr("申报日期，印在“本单位工会意见”一栏中。"))
        self._add_row("declared_on", self.tr("申报日期"), self.declared_on)
        self.other_warnings = QLabel(body)
        self.other_warnings.setWordWrap(True)
        self.other_warnings.setStyleSheet("color: #b35c00;")
        self.form.addRow(self.other_warnings)

        buttons = QHBoxLayout()
        self.save_state = QLabel(self)
        self.save_state.setStyleSheet("color: #666;")
        buttons.addWidget(self.save_state, 1)
        self.preview_button = QPushButton(self.tr("预览和打印…"), self)
        close_button = QPushButton(self.tr("关闭"), self)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(close_button)
        outer.addLayout(buttons)
        self.preview_button.clicked.connect(self.preview)
        close_button.clicked.connect(self.close)

        self.programme.currentIndexChanged.connect(self._programme_changed)
        self.service_time.dateTimeChanged.connect(self.mark_dirty)
        self.scale.editTextChanged.connect(self.mark_dirty)
        self.declared_on.dateChanged.connect(self.mark_dirty)

    def _add_participants_row(self, body: QWidget) -> None:
        cell = QWidget(body)
        row = QHBoxLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        self.participants_label = QLabel(cell)
        self.pick_button = QPushButton(self.tr("选择参加会员…"), cell)
        self.pick_button.setToolTip(self.tr("从会员名册中查找并选择参加本次服务的会员"))
        self.pick_button.clicked.connect(self.pick_participants)
        self.participant_count = QSpinBox(cell)
        self.participant_count.setRange(-1, 100000)  # -1 shows as “not entered”
        self.participant_count.setSpecialValueText(self.tr("（未填）"))
        self.participant_count.setSuffix(self.tr(" 人"))
        self.participant_count.setToolTip(
            self.tr("不列名单时，直接填写参加的工会会员人数（用于检查最少参加人数）。")
        )
        self.participant_count.valueChanged.connect(self.mark_dirty)
        row.addWidget(self.participants_label)
        row.addWidget(self.pick_button)
        row.addSpacing(12)
        self.count_caption = QLabel(self.tr("或直接填写人数"), cell)
        row.addWidget(self.count_caption)
        row.addWidget(self.participant_count)
        row.addStretch(1)
        self._add_row("participant_count", self.tr("参加会员"), cell)

    def _text_specs(self) -> dict[str, tuple[str, str, str]]:
        """Field → (label, placeholder, tooltip), the examples and words of the notice's form."""
        return {
            "provider": (
                self.tr("申请服务提供单位"),
                self.tr("如：北京市劳动人民文化宫"),
                self.tr("申请服务提供单位：承办该项目的单位。填好的申请表盖章后报送至此单位。"),
            ),
            "union_name": (
                self.tr("申请服务工会名称"),
                self.tr("与工会公章上的名称一致"),
                self.tr("申请服务工会名称：与加盖的本单位工会公章一致。"),
            ),
            "contact": (
                self.tr("联系人"),
                self.tr("如：李明"),
                self.tr("联系人及职务：联系人姓名。"),
            ),
            "contact_title": (
                self.tr("职务"),
                self.tr("如：工会主席"),
                self.tr("联系人及职务：联系人的职务，与姓名印在同一格。"),
            ),
            "phone": (
                self.tr("联系电话"),
                self.tr("如：010-65116642 或 13910662798"),
                self.tr("联系电话：座机或手机，多个号码用“、”分开。"),
            ),
            "service_item": (
                self.tr("申报服务项目"),
                self.tr("如：职工艺术团慰问演出、送辅导到身边等"),
                self.tr("申报服务项目，如：职工艺术团慰问演出、送辅导到身边等"),
            ),
            "category": (
                self.tr("类别/内容"),
                self.tr("如：综艺演出/歌舞专场等（无具体类别不需填写）"),
                self.tr("类别/内容（无具体类别不需填写），如：综艺演出/歌舞专场等"),
            ),
            "location": (
                self.tr("服务地点"),
                self.tr("例：北京市东城区XX街道XX号（请具体到门牌号）"),
                self.tr("服务地点，例：北京市东城区XX街道XX号（请具体到门牌号）"),
            ),
            "needs": (
                self.tr("提供服务需求"),
                self.tr("如：演出时长、场地容纳人数、音响灯光条件等"),
                self.tr("提供服务需求：希望承办单位提供的服务内容和现场条件。"),
            ),
            "notes": (
                self.tr("其他说明事项"),
                self.tr("需要说明的其他事项（可不填）"),
                self.tr("其他说明事项。"),
            ),
            "opinion": (
                self.tr("本单位工会意见"),
                self.tr("如：同意申报"),
                self.tr("本单位工会意见。说明：本表为一事一报，如有多项申请，请分别填写；"
                        "请将填写好的申报表加盖本单位工会公章后，报送至文体服务提供单位。"),
            ),
        }  # fmt: skip

    def _add_row(self, name: str, label: str, widget: QWidget) -> None:
        warning = QLabel(widget.parentWidget())
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #b35c00;")
        warning.hide()
        cell = QWidget(widget.parentWidget())
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(warning)
        self.form.addRow(label, cell)
        self.fields[name] = widget
        self.warning_labels[name] = warning

    def _add_line(self, name: str, label: str, placeholder: str, tooltip: str) -> None:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setToolTip(tooltip)
        edit.textEdited.connect(self.mark_dirty)
        self._add_row(name, label, edit)

    def _add_text(self, name: str, label: str, placeholder: str, tooltip: str) -> None:
        edit = QPlainTextEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setToolTip(tooltip)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(84)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        edit.textChanged.connect(self.mark_dirty)
        self._add_row(name, label, edit)

    # -- loading and reading the fields ------------------------------------------------------
    def load(self) -> None:
        """Fill every field from the database (the editor is clean afterwards)."""
        with self.ctx.session() as session:
            application = get_application(session, self.app_id)
            programmes = list_programmes(session)
            providers = provider_names(session)
            scales = roster_scale_suggestions(session)
            values = {name: getattr(application, name) for name in TEXT_FIELDS}
            self._stored = form_values(application)
            programme_id = application.programme_id
            service_time = application.service_time
            declared_on = application.declared_on
            count = application.participant_count
            self._status = application.status
            listed = participant_list_count(session, self.app_id)
        self._loading = True
        self.participant_count.setValue(-1 if count is None else count)
        self._show_participants(listed)
        self.programme.clear()
        self.programme.addItem(self.tr("（不关联目录中的项目）"), None)
        for info in programmes:
            self.programme.addItem(f"{info.year} · {info.name}", info.id)
        self.programme.setCurrentIndex(max(0, self.programme.findData(programme_id)))
        provider = self.fields["provider"]
        assert isinstance(provider, QLineEdit)
        provider.setCompleter(QCompleter(providers, provider))
        self.scale.clear()
        self.scale.addItems(scales)
        for name, value in values.items():
            self._set_text(name, value)
        self.service_time.setDateTime(_qdatetime(service_time) if service_time else _NO_TIME)
        self.declared_on.setDate(_qdate(declared_on or date.today()))
        self._loading = False
        self._shown = self.values()
        self._update_header()
        self._apply_lock()
        self._show_provider_contacts(programme_id)
        self.dirty = False
        self.save_state.setText(self.tr("已保存"))
        self.refresh_warnings()

    def _set_text(self, name: str, value: str) -> None:
        if name == "scale":
            self.scale.setEditText(value)
            return
        widget = self.fields[name]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, QLineEdit):
            widget.setText(value)

    def _text(self, name: str) -> str:
        if name == "scale":
            return self.scale.currentText()
        widget = self.fields[name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def values(self) -> dict[str, Any]:
        """The form as it stands in the window."""
        values: dict[str, Any] = {name: self._text(name) for name in TEXT_FIELDS}
        moment = self.service_time.dateTime()
        values["service_time"] = (
            None
            if self.service_time.is_empty()
            else moment.toPython().replace(second=0, microsecond=0)
        )
        values["declared_on"] = self.declared_on.date().toPython()
        values["programme_id"] = self.programme.currentData()
        count = self.participant_count.value()
        values["participant_count"] = None if count < 0 else count
        return values

    # -- changes, saving, warnings -----------------------------------------------------------
    def mark_dirty(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self.save_state.setText(self.tr("有未保存的修改…"))
        self.autosave.start()
        self.warning_timer.start()

    def save(self) -> bool:
        """Write the fields the user changed; False if they could not be saved. Someone else's
        changes to other fields meanwhile are kept and shown; where both changed the same
        field, the user chooses (the window keeps the user's text until then)."""
        self.autosave.stop()
        if not self.dirty:
            return True
        mine = {k: v for k, v in self.values().items() if v != self._shown.get(k)}
        try:
            with self.ctx.session() as session:
                outcome = save_form(session, self.app_id, self._stored, mine)
            if not outcome.saved:
                choice = self.ask_about_clashes(outcome)
                if choice is None:
                    self.save_state.setText(self.tr("未保存：与他人的修改冲突"))
                    return False
                with self.ctx.session() as session:
                    outcome = save_form(
                        session,
                        self.app_id,
                        self._stored,
                        mine,
                        keep_mine=choice,
                        drop=() if choice else [c.field for c in outcome.clashes],
                    )
        except UserError as exc:
            show_user_error(self, exc)
            return False
        self.dirty = False
        if outcome.merged:  # show what the other person changed, beside the user's changes
            self.load()
        else:
            self._stored, self._shown = outcome.stored, self.values()
        self.save_state.setText(
            self.tr("已自动保存 {0}").format(datetime.now().strftime("%H:%M:%S"))
        )
        self._update_header()  # the deadline follows the service time and programme as saved
        self.saved.emit(self.app_id)
        return True

    def ask_about_clashes(self, outcome: FormSave) -> bool | None:
        """Both changed the same fields: True keeps the user's values, False takes the other
        person's, None leaves everything unsaved (the user's text stays in the window)."""
        return ask_about_clashes(
            self,
            self.tr("他人同时修改了这份申请"),
            outcome.changed_by,
            outcome.clashes,
            FIELD_NAMES,
            _shown,
        )

    def refresh_warnings(self) -> None:
        """Show the warnings for the form as typed, beside the fields they concern."""
        self.warning_timer.stop()
        draft = Application(id=self.app_id, status=self._status, **self.values())
        with self.ctx.session() as session:
            warnings = application_warnings(session, draft)
        self.show_warnings(warnings)

    def show_warnings(self, warnings: list[Warning]) -> None:
        by_field: dict[str, list[str]] = {}
        for warning in warnings:
            field = "contact" if warning.field == "contact_title" else warning.field
            key = field if field in self.warning_labels else ""
            by_field.setdefault(key, []).append(worded_warning(warning))
        for name, label in self.warning_labels.items():
            messages = by_field.get(name, [])
            label.setText("\n".join(f"⚠ {m}" for m in messages))
            label.setVisible(bool(messages))
        others = by_field.get("", [])
        self.other_warnings.setText("\n".join(f"⚠ {m}" for m in others))
        self.other_warnings.setVisible(bool(others))

    def warning_text(self, field: str) -> str:
        """The warnings shown beside ``field`` (for tests and accessibility)."""
        label = self.warning_labels[field]
        return label.text() if not label.isHidden() else ""

    def _programme_changed(self) -> None:
        if self._loading:
            return
        programme_id = self.programme.currentData()
        self._show_provider_contacts(programme_id)
        if programme_id is not None:
            with self.ctx.session() as session:
                suggested = programme_suggestions(session, programme_id)
            for name, value in suggested.items():
                if not self._text(name).strip():
                    self._set_text(name, value)
        self.mark_dirty()

    def _show_provider_contacts(self, programme_id: int | None) -> None:
        text = ""
        if programme_id is not None:
            with self.ctx.session() as session:
                text = provider_contacts_text(session, programme_id)
        self.provider_contacts.setText(self.tr("承办单位联系人：{0}").format(text) if text else "")
        self.provider_contacts.setVisible(bool(text))

    def _update_header(self) -> None:
        self.header.setText(self.tr("申请 {0}").format(self.app_id))
        background, colour = _STATUS_COLOURS.get(self._status, ("#e8e8e8", "#333333"))
        self.status_badge.setText(self.status_text())
        self.status_badge.setStyleSheet(
            f"QLabel {{ background: {background}; color: {colour}; font-size: 15px;"
            " font-weight: bold; border-radius: 4px; padding: 2px 10px; }"
        )
        with self.ctx.session() as session:
            application = get_application(session, self.app_id)
            deadline = application_deadline(session, application)
            project_no = application.project_no
            requested, confirmed = application.service_time, application.scheduled_at
        parts = []
        tip = ""
        if deadline is not None and self._status in UNSENT_STATUSES:
            general = self.tr("（按通知一般要求）") if deadline.basis == "default" else ""
            estimate = self.tr("（估算）") if deadline.calendar == "estimate" else ""
            parts.append(
                self.tr("最晚报送日期：{0}{1}{2}").format(deadline.date, general, estimate)
            )
            if general:
                tip = self.tr(
                    "服务项目没有规定提前报送的时间，按通知的一般要求：提前 {0} 个工作日报送"
                    "（可在“设置”中修改）。"
                ).format(deadline.workdays)
        if confirmed is not None:
            parts.append(self.tr("服务时间：{0}").format(service_time_text(requested, confirmed)))
        if project_no:
            parts.append(self.tr("项目编号：{0}").format(project_no))
        self.deadline_label.setText("　".join(parts))
        self.deadline_label.setToolTip(tip)

    def status_text(self) -> str:
        """The current status in the user's words (草稿, 已报送, …)."""
        return self.tr("状态：{0}").format(status_text(self._status))

    def is_editable(self) -> bool:
        """The form may change until it is sent (draft, printed) and again when returned."""
        return self._status in EDITABLE_STATUSES

    def _apply_lock(self) -> None:
        editable = self.is_editable()
        for widget in self.fields.values():
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QDateTimeEdit)):
                widget.setReadOnly(not editable)
                widget.style().unpolish(widget)  # the style sheet greys read-only fields
                widget.style().polish(widget)
            elif widget is not self.fields.get("participant_count"):
                widget.setEnabled(editable)
        self.scale.setEnabled(editable)
        self.lock_note.setVisible(not editable)
        if editable:
            note = ""
        elif self._status in FINAL_STATUSES:
            note = self.tr("此申请{0}，申请表不再修改（参加会员名单仍可调整）。").format(
                status_text(self._status)
            )
        else:
            note = self.tr(
                "申请表已报送，不能再修改：承办单位手中的是报送时的版本。"
                "如承办单位要求修改，请点“记录回复/报送…”记录“退回修改”，之后即可修改并重新报送。"
                "参加会员名单仍可随时调整。"
            )
        self.lock_note.setText(note)

    def _show_participants(self, listed: int) -> None:
        self.participants_label.setText(
            self.tr("已选 {0} 名会员").format(listed) if listed else self.tr("未选会员")
        )
        self.participant_count.setEnabled(not listed)
        self.count_caption.setEnabled(not listed)
        self.participant_count.setToolTip(
            self.tr("已按所选会员名单计数（{0} 人）。").format(listed)
            if listed
            else self.tr("不列名单时，直接填写参加的工会会员人数（用于检查最少参加人数）。")
        )

    def make_participant_picker(self) -> ParticipantPicker:
        return ParticipantPicker(self.ctx, self.app_id, self)

    def pick_participants(self) -> None:
        """Choose the members taking part from the roster; the count and warnings follow."""
        if not self.save():
            return
        dialog = self.make_participant_picker()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        with self.ctx.session() as session:
            listed = participant_list_count(session, self.app_id)
        self._show_participants(listed)
        self.refresh_warnings()
        self.saved.emit(self.app_id)

    # -- tracking ------------------------------------------------------------------------------
    def make_reply_dialog(self) -> ReplyDialog:
        return ReplyDialog(self.ctx, self.app_id, self)

    def record_reply(self) -> None:
        """Save the form, then record a submission or the hosting unit's reply."""
        if not self.save():
            return
        dialog = self.make_reply_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.timeline.reload()
            self._tracking_changed()

    def _tracking_changed(self) -> None:
        """A reply, a correction or an attachment was recorded: status, lock and warnings."""
        with self.ctx.session() as session:
            self._status = get_application(session, self.app_id).status
        self._update_header()
        self._apply_lock()
        self.refresh_warnings()
        self.saved.emit(self.app_id)

    # -- preview and close -----------------------------------------------------------------------
    def preview(self) -> None:
        """Save, then show the printed form; printing or saving it marks a draft as printed."""
        from unionapp.ui.applications.pdf_preview import PdfPreviewDialog

        if not self.save():
            return
        try:
            with self.ctx.session() as session:
                pdf = applications_pdf_bytes(session, [self.app_id])
        except UserError as exc:
            show_user_error(self, exc, self.tr("无法打印"))
            return
        dialog = PdfPreviewDialog(pdf, self.tr("申请表{0}.pdf").format(self.app_id), self)
        dialog.printed.connect(self._printed)
        dialog.saved.connect(lambda _path: self._printed())
        self.preview_dialog = dialog
        dialog.open()

    def _printed(self) -> None:
        with self.ctx.session() as session:
            changed = mark_printed(session, [self.app_id])
        if changed:
            self.timeline.reload()
            self._tracking_changed()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.save():
            answer = QMessageBox.question(
                self,
                self.tr("未能保存"),
                self.tr("修改没能保存。仍要关闭并放弃这些修改吗？"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.warning_timer.stop()  # closed: nothing more to check or save
        self.autosave.stop()
        super().closeEvent(event)
        self.closed.emit(self.app_id)


class ServiceTimeEdit(QDateTimeEdit):
    """A date-time field that may be empty (its minimum, shown as the special text).

    Typing over the special text does not work in Qt, so on entering an empty field a proposed
    time (a month ahead, 14:00) stands in while the user types; left untouched, it is empty again.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.setMinimumDateTime(_NO_TIME)
        self._proposed = False
        self.dateTimeChanged.connect(self._edited)

    def is_empty(self) -> bool:
        """True while no time is chosen (the proposal shown while typing does not count)."""
        return self._proposed or self.dateTime() == _NO_TIME

    def _edited(self) -> None:
        self._proposed = False

    def _propose(self) -> None:
        if self.dateTime() == _NO_TIME:
            proposal = QDateTime(QDate.currentDate().addMonths(1), QTime(14, 0))
            self.blockSignals(True)
            self.setDateTime(proposal)
            self.blockSignals(False)
            self.setCurrentSection(QDateTimeEdit.Section.YearSection)
            self._proposed = True

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._propose()
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text().isdigit():
            self._propose()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._proposed and not (self.calendarWidget() and self.calendarWidget().isVisible()):
            self.blockSignals(True)
            self.setDateTime(_NO_TIME)
            self.blockSignals(False)
            self._proposed = False


def _qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)

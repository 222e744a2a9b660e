"""The union profile form, used in the first-start setup and on the settings page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionapp.clashes import LastChange
from unionapp.ui.common.clash_dialog import merge_with_theirs
from unionapp.ui.common.fitting import scroll_contents

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext
    from unionapp.union import UnionData


class UnionProfileForm(QWidget):
    """Fields of the union profile with placeholders; ``data()``/``set_data()`` exchange UnionData."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, str] = {}
        self._loaded: dict[str, str] | None = None  # as last loaded or saved, to merge with
        self._merged_onto = 0  # the version the save is merged onto
        layout = QFormLayout(self)
        rows = [
            ("name", self.tr("工会名称"), self.tr("与申请表上一致，如：北京市XX公司工会委员会")),
            ("chairperson", self.tr("工会主席"), ""),
            ("contact", self.tr("联系人"), self.tr("填写申请表的联系人")),
            ("contact_title", self.tr("联系人职务"), self.tr("如：工会主席、工会干事")),
            ("phone", self.tr("联系电话"), self.tr("手机或座机，如 010-65116642")),
            ("address", self.tr("地址"), self.tr("例：北京市东城区XX街道XX号（请具体到门牌号）")),
            ("email", self.tr("电子邮箱"), ""),
            ("parent_federation", self.tr("上级工会"), self.tr("如：XX区总工会")),
            ("report_recipients", self.tr("报表收件人"), self.tr("上级工会的邮箱，多个用逗号分隔")),
        ]
        for key, label, placeholder in rows:
            edit = QLineEdit(self)
            edit.setObjectName(f"union_{key}")
            edit.setPlaceholderText(placeholder)
            layout.addRow(label, edit)
            self.edits[key] = edit
            self.labels[key] = label
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        layout.addRow(self.error_label)

    def data(self) -> UnionData:
        from unionapp.union import UnionData

        return UnionData(**{k: e.text().strip() for k, e in self.edits.items()})

    def set_data(self, data: UnionData) -> None:
        self._show(data.to_dict())
        self._loaded = self.data().to_dict()

    def _show(self, values: dict[str, str]) -> None:
        for key, value in values.items():
            self.edits[key].setText(value)

    def validate(self) -> bool:
        """Show problems beside the form; True when it can be saved."""
        from unionapp.union import UNION_FIELD_LABELS, validate_union

        problems = validate_union(self.data())
        for key, edit in self.edits.items():
            edit.setStyleSheet("border: 1px solid #b00020;" if key in problems else "")
        self.error_label.setText(
            "\n".join(f"{UNION_FIELD_LABELS[k]}：{v}" for k, v in problems.items())
        )
        return not problems

    def save(self, ctx: AppContext) -> bool:
        from unionapp.union import update_union

        if not self.validate():
            return False
        values = self.data().to_dict()
        if self._loaded is not None:
            merged = self._merge_with_theirs(ctx, values)
            if merged is None:  # clashing changes, not saved: the user's text stays
                self.error_label.setText(self.tr("未保存：与他人的修改冲突"))
                return False
            values = merged
        from unionapp.models import UnionProfile
        from unionapp.storage.unions import own_union_id

        with ctx.session() as session:
            row = session.get(UnionProfile, own_union_id(session))
            if self._loaded is not None and row is not None and row.version != self._merged_onto:
                moved_on = True  # saved by someone else just now: merge with that too
            else:
                moved_on = False
                update_union(session, **values)  # a save in between is refused
        if moved_on:
            return self.save(ctx)
        self._loaded = values
        return True

    def _merge_with_theirs(self, ctx: AppContext, values: dict[str, str]) -> dict[str, str] | None:
        """The user's changes on top of the profile as stored now: someone else's changes to
        other fields are kept (and shown); where both changed a field the user chooses."""
        from unionapp.models import UnionProfile
        from unionapp.storage.unions import own_union_id
        from unionapp.union import get_union

        assert self._loaded is not None
        with ctx.session() as session:
            theirs = get_union(session).to_dict()
            row = session.get(UnionProfile, own_union_id(session))
            who = LastChange.of(row) if row else LastChange("")
            self._merged_onto = row.version if row else 0
        mine = {k: v for k, v in values.items() if v != self._loaded.get(k)}
        title = self.tr("他人同时修改了工会资料")
        merged = merge_with_theirs(self, title, who, self._loaded, mine, theirs, self.labels)
        if merged is not None:
            self._show(merged)
        return merged


class SetupDialog(QDialog):
    """First start: ask for the union profile (it fills the application form)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("欢迎使用基层工会助手"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("请先填写本工会的资料。这些内容会自动填入申请表，以后可以在“设置”中修改。"),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = UnionProfileForm(self)
        layout.addWidget(self.form)
        restore_row = QHBoxLayout()
        moving = QLabel(self.tr("从另一台电脑搬来？用那里导出的备份文件恢复全部数据和附件："), self)
        moving.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("从备份文件恢复…"), self)
        self.restore_button.clicked.connect(self.restore_from_backup)
        restore_row.addWidget(moving, 1)
        restore_row.addWidget(self.restore_button)
        layout.addLayout(restore_row)
        on_server = ctx.server is not None  # restore is for a data folder, not a server
        moving.setVisible(not on_server)
        self.restore_button.setVisible(not on_server)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("以后再说"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        scroll_contents(self, 560, 420)

    def _save(self) -> None:
        if self.form.save(self.ctx):
            self.accept()

    def restore_from_backup(self) -> None:
        """A union arriving on a new PC: its backup brings the profile, data and attachments."""
        from unionapp.ui.settings.backup_actions import restore_chosen_file

        if restore_chosen_file(self, self.ctx):
            self.accept()


def ensure_union_set_up(parent: QWidget, ctx: AppContext) -> None:
    """Show the setup dialog when the union has no name yet."""
    from unionapp.union import is_union_set_up

    with ctx.session() as session:
        if is_union_set_up(session):
            return
    SetupDialog(ctx, parent).exec()

"""Bringing a year's catalogue in, preview first: the notice (a file, or its text pasted) or a
catalogue spreadsheet. Nothing is written until the user presses 导入."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionapp.catalogue.exchange import plan_catalogue_file
from unionapp.catalogue.notice import NoticeReading, read_notice_path, read_notice_text
from unionapp.catalogue.notice_import import plan_notice
from unionapp.catalogue.update import ApplyResult, CataloguePlan, apply_plan
from unionapp.errors import UserError
from unionapp.ui.common.fitting import fit_to_screen
from unionapp.ui.common.tasks import ProgressFn, Task, run_task

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext

NOTICE, SPREADSHEET = "notice", "spreadsheet"
_HAND_EDITED = QColor("#b00020")


def _shown(value: object) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return str(value)


class PlanTree(QTreeWidget):
    """A plan as a tree: added, changed (each field old → new), unchanged, kept, unread lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("服务项目 / 内容"), self.tr("目录中原来"), self.tr("导入后")])
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setColumnWidth(0, 420)
        self.setColumnWidth(1, 230)
        self.header().setStretchLastSection(True)

    def _group(self, text: str, count: int, expanded: bool = True) -> QTreeWidgetItem:
        group = QTreeWidgetItem([self.tr("{0}（{1}）").format(text, count)])
        self._expanded.append((group, expanded))
        font = QFont(self.font())
        font.setBold(True)
        group.setFont(0, font)
        group.setFirstColumnSpanned(True)
        self.addTopLevelItem(group)
        group.setFirstColumnSpanned(True)
        return group

    def _summary(self, source: dict) -> str:
        """A new programme in one line: time window, hosting units, the rules it states."""
        rules = source.get("rules") or {}
        parts = [str(source.get("time_window") or ""), "、".join(source.get("providers") or [])]
        if rules.get("lead_workdays"):
            parts.append(self.tr("提前{0}个工作日").format(rules["lead_workdays"]))
        if rules.get("yearly_limit"):
            parts.append(self.tr("每年限{0}次").format(rules["yearly_limit"]))
        if rules.get("min_participants"):
            parts.append(self.tr("至少{0}人").format(rules["min_participants"]))
        return self.tr("；").join(part for part in parts if part)

    def show_plans(self, plans: list[CataloguePlan], unparsed: list[dict]) -> None:
        self.clear()
        self._expanded: list[tuple[QTreeWidgetItem, bool]] = []
        several = len(plans) > 1
        for plan in plans:
            prefix = self.tr("{0}年：").format(plan.year) if several else ""
            added = plan.of("add")
            if added:
                group = self._group(prefix + self.tr("新增的项目"), len(added))
                for item in added:
                    row = QTreeWidgetItem(
                        group, [item.name, self.tr("（新增）"), self._summary(item.source)]
                    )
                    row.setToolTip(0, item.name)
                    row.setToolTip(2, row.text(2))
            changed = plan.of("change")
            if changed:
                group = self._group(prefix + self.tr("有变化的项目"), len(changed))
                for item in changed:
                    name = item.existing_name
                    if item.hand_edited:
                        name = self.tr("{0}（手工修改过）").format(name)
                    row = QTreeWidgetItem(group, [name])
                    row.setFirstColumnSpanned(True)
                    if item.hand_edited:
                        row.setForeground(0, QBrush(_HAND_EDITED))
                    for change in item.changes:
                        QTreeWidgetItem(row, [change.label, _shown(change.old), _shown(change.new)])
            unchanged = plan.of("unchanged")
            if unchanged:
                group = self._group(prefix + self.tr("与目录相同的项目"), len(unchanged), False)
                for item in unchanged:
                    QTreeWidgetItem(group, [item.name])
            if plan.not_in_source:
                group = self._group(
                    prefix + self.tr("目录中有、来源中没有的项目（保留不动）"),
                    len(plan.not_in_source),
                )
                for name in plan.not_in_source:
                    QTreeWidgetItem(group, [name])
            if plan.venues:
                group = self._group(prefix + self.tr("免费场馆（将整体替换）"), len(plan.venues))
                for venue in plan.venues:
                    QTreeWidgetItem(
                        group, [str(venue.get("name", "")), "", venue.get("address", "")]
                    )
        if unparsed:
            group = self._group(self.tr("没有读懂的行（不导入，请对照原文核对）"), len(unparsed))
            for line in unparsed:
                row = QTreeWidgetItem(
                    group, [self.tr("第 {0} 行：{1}").format(line["line"], line["text"])]
                )
                row.setFirstColumnSpanned(True)
                row.setToolTip(0, str(line["text"]))
        for group, expanded in self._expanded:
            group.setExpanded(expanded)


class CatalogueImportDialog(QDialog):
    """Preview, then import. ``mode`` is NOTICE (open or paste the notice) or SPREADSHEET.

    After an accepted import ``result`` holds what was written and ``years`` the years touched.
    """

    def __init__(self, ctx: AppContext, mode: str = NOTICE, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.mode = mode
        self.plans: list[CataloguePlan] = []
        self.reading: NoticeReading | None = None
        self.result: ApplyResult | None = None
        self.years: list[int] = []
        self.task: Task | None = None
        notice = mode == NOTICE
        self.setWindowTitle(self.tr("导入年度通知") if notice else self.tr("导入服务项目目录"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "打开市总工会当年的文体工作通知（Word .docx、PDF 或网页另存的文本），"
                "或把通知全文粘贴到下面。先看预览，确认无误后再导入。"
            )
            if notice
            else self.tr(
                "选择服务项目目录表格（与“导出目录”的列相同；.xlsx、.xls、.ods 或 .csv）。"
                "先看预览，确认无误后再导入。"
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = QHBoxLayout()
        self.open_button = QPushButton(
            self.tr("打开通知文件…") if notice else self.tr("选择表格文件…"), self
        )
        self.open_button.clicked.connect(self.choose_file)
        top.addWidget(self.open_button)
        self.file_label = QLabel(self)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.file_label, 1)
        self.year = QSpinBox(self)
        self.year.setRange(1999, 2100)
        self.year.setSpecialValueText(self.tr("按通知中的年度"))
        self.year.setValue(1999)
        if notice:
            top.addWidget(QLabel(self.tr("导入为"), self))
            top.addWidget(self.year)
        else:
            self.year.hide()
        layout.addLayout(top)
        self.paste = QPlainTextEdit(self)
        self.paste.setPlaceholderText(self.tr("或在此粘贴通知全文（从网页或 Word 中复制）"))
        self.paste.setMaximumHeight(72)
        self.read_button = QPushButton(self.tr("读取粘贴的文字"), self)
        self.read_button.clicked.connect(self.read_pasted)
        paste_row = QHBoxLayout()
        paste_row.addWidget(self.paste, 1)
        paste_row.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignTop)
        if notice:
            layout.addLayout(paste_row)
        else:
            self.paste.hide()
            self.read_button.hide()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = PlanTree(self)
        layout.addWidget(self.tree, 1)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        layout.addWidget(self.error)
        self.overwrite = QCheckBox(self)
        self.overwrite.hide()
        layout.addWidget(self.overwrite)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 980, 580)

    # -- reading ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        if self.mode == NOTICE:
            pattern = self.tr("通知文件 (*.docx *.pdf *.txt *.htm *.html);;所有文件 (*)")
        else:
            pattern = self.tr("表格文件 (*.xlsx *.xlsm *.xls *.xlsb *.ods *.et *.csv)")
        path, _ = QFileDialog.getOpenFileName(self, self.open_button.text(), "", pattern)
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read a notice or spreadsheet file and show what importing it would do."""
        self.file_label.setText(str(path))
        if self.mode == NOTICE:
            self._preview(lambda: read_notice_path(path, self._year()))
        else:
            self._preview_spreadsheet(path)

    def read_pasted(self) -> None:
        text = self.paste.toPlainText()
        self.file_label.setText(self.tr("（粘贴的文字）"))
        self._preview(lambda: read_notice_text(text, self._year()))

    def _year(self) -> int | None:
        return None if self.year.value() == self.year.minimum() else self.year.value()

    def _preview(self, read: Callable[[], NoticeReading]) -> None:
        """Read the notice and plan its import off the GUI thread, then show the preview."""
        year = self._year()

        def job(_progress: ProgressFn) -> tuple[NoticeReading, CataloguePlan]:
            reading = read()
            with self.ctx.session() as session:
                return reading, plan_notice(session, reading, year)

        self._start(job, self._show_notice)

    def _show_notice(self, outcome: tuple[NoticeReading, CataloguePlan]) -> None:
        reading, plan = outcome
        self.reading = reading
        source = " ".join(v for v in reading.source.values() if v)
        self._show(
            [plan],
            reading.unparsed,
            self.tr("{0}：找到 {1} 个服务项目、{2} 个免费场馆，{3} 行没有读懂。").format(
                source or self.tr("通知"),
                len(reading.programmes),
                len(reading.venues),
                len(reading.unparsed),
            ),
        )

    def _preview_spreadsheet(self, path: Path) -> None:
        def job(_progress: ProgressFn) -> tuple[list[CataloguePlan], list[str]]:
            with self.ctx.session() as session:
                return plan_catalogue_file(session, path)

        def shown(outcome: tuple[list[CataloguePlan], list[str]]) -> None:
            plans, errors = outcome
            if errors:
                self._failed(
                    self.tr("文件中有以下问题，不能导入（请改正后重新选择）：\n{0}").format(
                        "\n".join(errors[:30])
                    )
                )
                return
            found = sum(len(plan.items) for plan in plans)
            self._show(plans, [], self.tr("{0}：共 {1} 个服务项目。").format(path.name, found))

        self._start(job, shown)

    def _start(self, job: Callable[[ProgressFn], Any], shown: Callable[[Any], None]) -> None:
        self._reading(True)
        self.summary.setText(self.tr("正在读取……"))

        def succeeded(outcome: Any) -> None:
            self._reading(False)
            shown(outcome)

        def failed(error: BaseException) -> None:
            self._reading(False)
            if not isinstance(error, UserError):
                raise error
            self._failed(str(error))

        self.task = run_task(job, succeeded, failed)

    def _reading(self, busy: bool) -> None:
        if busy:
            self.import_button.setEnabled(False)
        else:
            self.task = None
        for widget in (self.open_button, self.read_button, self.cancel_button):
            widget.setEnabled(not busy)

    def _failed(self, message: str) -> None:
        self.plans = []
        self.tree.clear()
        self.summary.clear()
        self.error.setText(message)
        self.error.show()
        self.overwrite.hide()
        self.import_button.setEnabled(False)

    def _show(self, plans: list[CataloguePlan], unparsed: list[dict], found: str) -> None:
        self.plans = plans
        self.error.hide()
        lines = [found]
        for plan in plans:
            if plan.catalogue_existed:
                lines.append(
                    self.tr(
                        "与{0}年目录相比：新增 {1} 个，有变化 {2} 个，相同 {3} 个；"
                        "目录中另有 {4} 个项目来源中没有，保留不动。"
                    ).format(
                        plan.year,
                        len(plan.of("add")),
                        len(plan.of("change")),
                        len(plan.of("unchanged")),
                        len(plan.not_in_source),
                    )
                )
            else:
                lines.append(
                    self.tr("{0}年还没有目录：将新增 {1} 个服务项目。").format(
                        plan.year, len(plan.of("add"))
                    )
                )
        edited = [item for plan in plans for item in plan.hand_edited]
        if edited:
            lines.append(
                self.tr(
                    "其中 {0} 个项目您手工修改过（红色）：默认保留您的修改，不按来源更新。"
                ).format(len(edited))
            )
            self.overwrite.setText(
                self.tr("也用来源覆盖这 {0} 个手工修改过的项目").format(len(edited))
            )
        self.overwrite.setChecked(False)
        self.overwrite.setVisible(bool(edited))
        self.summary.setText("\n".join(lines))
        self.tree.show_plans(plans, unparsed)
        self.import_button.setEnabled(any(plan.has_work for plan in plans))

    # -- writing ----------------------------------------------------------------------------
    def confirm(self) -> None:
        """导入: write the plans on the worker thread; the dialog closes when they are stored."""
        if not self.plans or self.task is not None:
            return
        plans, overwrite = self.plans, self.overwrite.isChecked()
        source = "notice" if self.mode == NOTICE else "import"

        def job(_progress: ProgressFn) -> ApplyResult:
            total = ApplyResult()
            with self.ctx.session() as session:
                for plan in plans:
                    applied = apply_plan(session, plan, overwrite_edits=overwrite, source=source)
                    total.added += applied.added
                    total.updated += applied.updated
                    total.unchanged += applied.unchanged
                    total.kept_edits += applied.kept_edits
                    total.overwritten_edits += applied.overwritten_edits
                    total.venues += applied.venues
            return total

        def stored(total: ApplyResult) -> None:
            self.result = total
            self.years = [plan.year for plan in plans]
            self.accept()

        self.cancel_button.setEnabled(False)
        self._start(job, stored)
        self.summary.setText(self.tr("正在导入……"))

    def reject(self) -> None:
        """Esc or the close button: not while the worker is reading or storing."""
        if self.task is None:
            super().reject()

    def result_text(self) -> str:
        """What the import did, one sentence (for the page that opened the dialog)."""
        if self.result is None:
            return ""
        text = self.tr("已导入{0}年目录：新增 {1} 个，更新 {2} 个服务项目。").format(
            "、".join(str(y) for y in self.years), self.result.added, self.result.updated
        )
        if self.result.kept_edits:
            text += self.tr("保留了 {0} 个手工修改过的项目。").format(len(self.result.kept_edits))
        return text

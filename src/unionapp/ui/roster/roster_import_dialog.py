"""Importing a roster file in the window: choose the file, map unknown columns, preview what
will happen (counts, every change to a member already on the roster as old → new, values kept
because the file could not hold them, every rejected row) before anything is written, with the
choice to add new members only; then write with a progress bar and cancel, and offer the
rejected rows as an .xlsx to fix and import again."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unionapp.errors import UserError
from unionapp.roster.changes import shown_value
from unionapp.roster.export import save_rejected
from unionapp.roster.importer import (
    ImportCancelled,
    ImportResult,
    apply_import,
    read_file,
    remember_mapping,
)
from unionapp.roster.reader import FIELD_LABELS, IGNORE, RosterRead
from unionapp.ui.common.errors import show_user_error
from unionapp.ui.common.fitting import fit_to_screen, scroll_contents
from unionapp.ui.common.tasks import Task, run_task

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext


class HeaderMappingDialog(QDialog):
    """Map each column the program does not know to a member field, or ignore it."""

    def __init__(self, read: RosterRead, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("对应表头"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "文件“{0}”中有程序不认识的列，请选择每列对应的内容（选择会被记住）："
                ).format(read.path.name),
                self,
            )
        )
        layout.itemAt(0).widget().setWordWrap(True)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        taken = set(read.columns)
        for header in read.unknown_headers:
            combo = QComboBox(self)
            combo.addItem(self.tr("（不导入）"), IGNORE)
            for field, label in FIELD_LABELS.items():
                if field not in taken:
                    combo.addItem(label, field)
            self.combos[header] = combo
            form.addRow(header, combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        scroll_contents(self, 480, 0)

    def mapping(self) -> dict[str, str]:
        return {header: combo.currentData() for header, combo in self.combos.items()}


class RosterImportDialog(QDialog):
    """Signals nothing; `imported` is True after rows were written."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.imported = False
        self.read: RosterRead | None = None
        self.preview: ImportResult | None = None
        self.result: ImportResult | None = None
        self.mapping: dict[str, str] = {}
        self.task: Task | None = None
        self.setWindowTitle(self.tr("导入会员名册"))
        fit_to_screen(self, 760, 520)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_label = QLabel(
            self.tr("请选择 Excel（.xlsx、.xls）、WPS/LibreOffice（.ods）或 CSV 名册文件。"), self
        )
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("选择文件…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        layout.addLayout(top)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget(self)
        self.changes = QTableWidget(0, 5, self)
        self.changes.setObjectName("import_changes")
        self.changes.setHorizontalHeaderLabels(
            [self.tr("行"), self.tr("会员"), self.tr("项目"), self.tr("原值"), self.tr("新值")]
        )
        self.changes.horizontalHeader().setStretchLastSection(True)
        self.changes.verticalHeader().hide()
        self.changes.setColumnWidth(0, 50)
        self.changes.setColumnWidth(1, 110)
        self.changes.setColumnWidth(2, 80)
        self.changes.setColumnWidth(3, 150)
        self.problems = QTableWidget(0, 4, self)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("行"), self.tr("姓名"), self.tr("列"), self.tr("原因")]
        )
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.verticalHeader().hide()
        self.problems.setWordWrap(True)  # the whole reason, on as many lines as it takes
        self.problems.setColumnWidth(0, 50)
        self.problems.setColumnWidth(1, 90)
        self.problems.setColumnWidth(2, 120)
        self.tabs.addTab(self.changes, self.tr("对已有会员的改动"))
        self.tabs.addTab(self.problems, self.tr("未导入和请核对"))
        layout.addWidget(self.tabs, 1)
        self.new_only = QCheckBox(self.tr("只添加新会员（不修改名册中已有的会员）"), self)
        self.new_only.toggled.connect(self._update_import_button)
        layout.addWidget(self.new_only)
        self.progress = QProgressBar(self)
        self.progress.hide()
        layout.addWidget(self.progress)
        buttons = QHBoxLayout()
        self.save_rejected_button = QPushButton(self.tr("保存未导入的行…"), self)
        self.save_rejected_button.clicked.connect(self.save_rejected_rows)
        self.import_button = QPushButton(self.tr("导入"), self)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("取消"), self)
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addWidget(self.save_rejected_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.save_rejected_button.setEnabled(False)
        self.import_button.setEnabled(False)

    # -- choosing and previewing ----------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择名册文件"),
            "",
            self.tr("表格文件 (*.xlsx *.xlsm *.xls *.xlsb *.ods *.et *.csv)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read the file, ask for unknown columns, then show the preview (nothing written)."""
        self.file_label.setText(self.tr("文件：{0}").format(path))
        self.summary.setText(self.tr("正在读取和检查……"))
        try:
            with self.ctx.session() as session:
                read = read_file(session, path, self.mapping)
            if read.unknown_headers or read.missing_required:
                dialog = HeaderMappingDialog(read, self)
                if read.unknown_headers and dialog.exec():
                    self.mapping.update(dialog.mapping())
                    with self.ctx.session() as session:
                        read = read_file(session, path, self.mapping)
            if read.missing_required:
                raise UserError(self.tr("文件中没有“姓名”列：请在“对应表头”中选出姓名所在的列。"))
        except UserError as error:
            self.summary.setText("")
            show_user_error(self, error)
            return
        self.read = read
        self._run(self._preview_job, self._show_preview)

    def _preview_job(self, progress: Any) -> ImportResult:
        assert self.read is not None
        with self.ctx.session() as session:
            return apply_import(session, self.read, dry_run=True, progress=progress)

    def _show_preview(self, result: ImportResult) -> None:
        self._finish_task()
        self.preview = result
        self.summary.setText(
            self.tr(
                "导入前预览（尚未写入）：新增 {0} 人，更新 {1} 人，未变 {2} 人，未导入 {3} 行。"
            ).format(result.added, result.updated, result.unchanged, len(result.rejected))
        )
        self._fill_problems(result)
        self._fill_changes(result)
        self._update_import_button()

    def _update_import_button(self) -> None:
        result = self.preview
        if result is None or self.result is not None or self.task is not None:
            return
        updates = result.updated and not self.new_only.isChecked()
        self.import_button.setEnabled(bool(result.added or updates))

    def _fill_changes(self, result: ImportResult) -> None:
        """Every change to a member already on the roster, then the values kept back."""
        rows = [
            (c, self.tr("将更新") if result.dry_run else self.tr("已更新")) for c in result.changes
        ]
        rows += [(c, self.tr("保留原值")) for c in result.kept]
        self.changes.setRowCount(len(rows))
        for index, (change, verb) in enumerate(rows):
            new = shown_value(change.field, change.new)
            if change.reason:
                new = self.tr("{0}（{1}：{2}）").format(new, verb, change.reason)
            texts = (
                str(change.row),
                change.name,
                FIELD_LABELS.get(change.field, change.field),
                shown_value(change.field, change.old),
                new,
            )
            for position, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.changes.setItem(index, position, item)
        self.tabs.setTabText(0, self.tr("对已有会员的改动（{0}）").format(len(rows)))
        self.tabs.setTabText(1, self.tr("未导入和请核对（{0}）").format(self.problems.rowCount()))
        if not rows and self.problems.rowCount():
            self.tabs.setCurrentIndex(1)

    def _fill_problems(self, result: ImportResult) -> None:
        problems = [(e, self.tr("未导入")) for e in result.problems]
        problems += [(w, self.tr("请核对")) for w in result.warnings]
        names = {row.row: row.values.get("name") or "" for row in result.read.rows}
        self.problems.setRowCount(len(problems))
        for index, (error, kind) in enumerate(problems):
            column = error.column
            where = f"{column.letter} {column.header_text}" if column else ""
            name = names.get(error.row, "")
            texts = (str(error.row), name, where, f"{kind}：{error.reason}")
            for position, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.problems.setItem(index, position, item)
        self.problems.resizeRowsToContents()
        self.save_rejected_button.setEnabled(bool(result.rejected))

    # -- writing --------------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.read is None:
            return
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.new_only.setEnabled(False)
        self._run(self._import_job, self._show_result)

    def _import_job(self, progress: Any) -> ImportResult:
        assert self.read is not None
        with self.ctx.session() as session:
            result = apply_import(
                session, self.read, only_new=self.new_only.isChecked(), progress=progress
            )
            if self.mapping:
                remember_mapping(session, self.mapping)
            # “取消” pressed after the importer's last check must still roll everything back:
            # ask once more, inside the transaction, right before it commits.
            if not progress(1, 1):
                raise ImportCancelled()
        return result

    def _show_result(self, result: ImportResult) -> None:
        self._finish_task()
        self.result = result
        self.imported = bool(result.added or result.updated)
        self.summary.setText(
            self.tr("导入完成：新增 {0} 人，更新 {1} 人，未变 {2} 人，未导入 {3} 行。").format(
                result.added, result.updated, result.unchanged, len(result.rejected)
            )
        )
        self._fill_problems(result)
        self._fill_changes(result)
        self.cancel_button.setText(self.tr("关闭"))

    def _run(self, job: Any, on_success: Any) -> None:
        self.progress.setValue(0)
        self.progress.show()
        self._finished = False
        task = run_task(job, on_success, self._failed, self._progressed)
        self.task = None if self._finished else task  # a synchronous run has finished already

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _failed(self, error: BaseException) -> None:
        self._finish_task()
        self.choose_button.setEnabled(True)
        self.new_only.setEnabled(True)
        if isinstance(error, ImportCancelled):
            self.summary.setText(str(error))
            preview = self.preview
            self.import_button.setEnabled(bool(preview and (preview.added or preview.updated)))
            return
        if isinstance(error, UserError):
            show_user_error(self, error)
            return
        raise error

    def _finish_task(self) -> None:
        self.task = None
        self._finished = True
        self.progress.hide()

    def reject(self) -> None:
        """Esc or the window's close button: a running import is cancelled first (the dialog
        stays until the worker has rolled back), so no write goes on behind a closed window."""
        if self.task is not None:
            self.task.cancelled = True
            return
        super().reject()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancelled = True
            return
        if self.imported or self.result is not None:
            self.accept()
        else:
            self.reject()

    def save_rejected_rows(self) -> None:
        result = self.result or self.preview
        if self.read is None or result is None:
            return
        default = str(self.read.path.with_name(self.read.path.stem + "-未导入的行.xlsx"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存未导入的行"), default, self.tr("Excel 文件 (*.xlsx)")
        )
        if not path:
            return
        try:
            saved = save_rejected(self.read, result.rejected, Path(path))
        except UserError as error:
            show_user_error(self, error)
            return
        QMessageBox.information(
            self,
            self.tr("已保存"),
            self.tr("未导入的行已保存到 {0}，改正后可再次导入。").format(saved),
        )

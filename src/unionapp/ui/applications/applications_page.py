"""The applications section (申请): the list, new / open / duplicate, print several in one PDF."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionapp.applications.printing import applications_pdf_bytes, mark_printed
from unionapp.applications.service import (
    ApplicationRow,
    application_years,
    create_application,
    delete_draft,
    duplicate_application,
    get_application,
    is_deletable,
    list_applications,
)
from unionapp.applications.statuses import STATUS_LABELS
from unionapp.catalogue.query import catalogue_years, list_programmes
from unionapp.errors import UserError
from unionapp.storage.unions import identity
from unionapp.ui.applications.application_editor import ApplicationEditor
from unionapp.ui.applications.application_table import ROW_ROLE, SORT_ROLE, ApplicationTableModel
from unionapp.ui.common.errors import show_user_error
from unionapp.ui.common.labels import status_text

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext
    from unionapp.ui.applications.pdf_preview import PdfPreviewDialog


class ApplicationsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editors: dict[int, ApplicationEditor] = {}
        self.preview_dialog: PdfPreviewDialog | None = None
        self._catalogue_connected = False
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year = QComboBox(self)
        self.status = QComboBox(self)
        for label, combo in ((self.tr("年度"), self.year), (self.tr("状态"), self.status)):
            bar.addWidget(QLabel(label, self))
            bar.addWidget(combo)
        bar.addStretch(1)
        self.new_button = QPushButton(self.tr("新建申请"), self)
        menu = QMenu(self.new_button)
        menu.addAction(self.tr("从服务项目目录选择…"), self.new_from_catalogue)
        menu.addAction(self.tr("空白申请表"), self.new_blank)
        self.new_button.setMenu(menu)
        self.open_button = QPushButton(self.tr("打开"), self)
        self.duplicate_button = QPushButton(self.tr("复制为新申请"), self)
        self.print_button = QPushButton(self.tr("打印所选…"), self)
        self.delete_button = QPushButton(self.tr("删除草稿"), self)
        self.delete_button.setToolTip(
            self.tr("只有从未打印、报送过的草稿可以删除；其他申请请记录为“已撤回”")
        )
        with ctx.session() as session:  # a server's staff login may not delete permanently
            self.may_delete = identity(session).may_delete_permanently
        if not self.may_delete:
            self.delete_button.setToolTip(
                self.tr("只有工会主席才能删除申请；不再需要的申请请在申请窗口中记录为“已撤回”。")
            )
        for button in (
            self.new_button,
            self.open_button,
            self.duplicate_button,
            self.print_button,
            self.delete_button,
        ):
            bar.addWidget(button)
        layout.addLayout(bar)

        self.model = ApplicationTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ApplicationTableModel.COL_CHANGED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(
            ApplicationTableModel.COL_PROGRAMME, QHeaderView.ResizeMode.Stretch
        )
        for column, width in (
            (ApplicationTableModel.COL_ID, 48),
            (ApplicationTableModel.COL_WARNINGS, 48),
            (ApplicationTableModel.COL_PROVIDER, 150),
            (ApplicationTableModel.COL_TIME, 215),
            (ApplicationTableModel.COL_DEADLINE, 185),
            (ApplicationTableModel.COL_STATUS, 72),
            (ApplicationTableModel.COL_CHANGED, 120),
        ):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #666;")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        self.table.doubleClicked.connect(self.open_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._fill_filters()
        self.year.currentIndexChanged.connect(self.reload)
        self.status.currentIndexChanged.connect(self.reload)
        self.reload()
        QTimer.singleShot(0, self._connect_catalogue)

    # -- list ---------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        with self.ctx.session() as session:
            years = application_years(session)
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("全部"), None)
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        self.year.blockSignals(False)
        if self.status.count() == 0:
            self.status.addItem(self.tr("全部"), None)
            for key in STATUS_LABELS:
                self.status.addItem(status_text(key), key)

    def refresh(self) -> None:
        """Called when the section is shown: read the list again."""
        self._fill_filters()
        self.reload()

    def reload(self) -> None:
        with self.ctx.session() as session:
            rows = list_applications(
                session, year=self.year.currentData(), status=self.status.currentData()
            )
        chosen = {row.id for row in self.selected_rows()}
        self.model.set_rows(rows)
        for app_id in chosen:
            self.select_application(app_id, add=True)
        self._update_buttons()
        warned = sum(1 for row in rows if row.warnings)
        if rows:
            text = self.tr("共 {0} 份申请。双击打开；按住 Ctrl 可选择多份一起打印。").format(
                len(rows)
            )
            if warned:
                text += self.tr("　⚠ {0} 份有提醒（鼠标停在⚠上查看）。").format(warned)
            self.hint.setText(text)
        else:
            self.hint.setText(
                self.tr("还没有申请 — 点“新建申请”，或在“服务项目”中选一个项目点“用此项目申请”。")
            )

    def selected_rows(self) -> list[ApplicationRow]:
        """Selected applications in the order shown."""
        indexes = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [self.proxy.data(index, ROW_ROLE) for index in indexes]

    def select_application(self, app_id: int, *, add: bool = False) -> None:
        """Select the row of an application (``add``: keep the rows already selected)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, ROW_ROLE).id == app_id:
                flags = QItemSelectionModel.SelectionFlag.Rows | (
                    QItemSelectionModel.SelectionFlag.Select
                    if add
                    else QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                self.table.selectionModel().select(index, flags)
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        for button in (self.open_button, self.duplicate_button, self.print_button):
            button.setEnabled(bool(rows))
        drafts = bool(rows) and all(r.status == "draft" for r in rows)
        self.delete_button.setEnabled(self.may_delete and drafts)

    # -- new, open, duplicate -------------------------------------------------------------------
    def new_blank(self) -> ApplicationEditor:
        return self._create(None)

    def new_from_programme(self, programme_id: int) -> ApplicationEditor:
        return self._create(programme_id)

    def new_from_catalogue(self) -> None:
        with self.ctx.session() as session:
            years = catalogue_years(session)
            programmes = list_programmes(session, year=years[0]) if years else []
        if not programmes:
            self.new_blank()
            return
        names = [f"{p.name}（{'、'.join(p.providers)}）" for p in programmes]
        choice, ok = QInputDialog.getItem(
            self, self.tr("新建申请"), self.tr("选择要申请的服务项目："), names, 0, False
        )
        if ok:
            self.new_from_programme(programmes[names.index(choice)].id or 0)

    def _create(self, programme_id: int | None) -> ApplicationEditor:
        with self.ctx.session() as session:
            application = create_application(session, programme_id=programme_id)
            app_id = application.id
        assert app_id is not None
        self.refresh()
        self.select_application(app_id)
        return self.open_application(app_id)

    def open_selected(self) -> None:
        for row in self.selected_rows()[:5]:
            self.open_application(row.id)

    def open_application(self, app_id: int) -> ApplicationEditor:
        """Show the editor of an application (one window per application)."""
        editor = self.editors.get(app_id)
        if editor is None:
            editor = ApplicationEditor(self.ctx, app_id, self)
            editor.saved.connect(self._editor_saved)
            editor.closed.connect(self._forget_editor)
            self.editors[app_id] = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _editor_saved(self, _app_id: int) -> None:
        self.reload()

    def _forget_editor(self, app_id: int) -> None:
        """A closed editor is let go (deleted once control returns to the event loop)."""
        editor = self.editors.pop(app_id, None)
        if editor is not None:
            editor.deleteLater()

    def duplicate_selected(self) -> ApplicationEditor | None:
        rows = self.selected_rows()
        if not rows:
            return None
        self.save_pending()
        with self.ctx.session() as session:
            copy = duplicate_application(session, rows[0].id)
            app_id = copy.id
        assert app_id is not None
        self.refresh()
        self.select_application(app_id)
        return self.open_application(app_id)

    def delete_selected(self) -> None:
        """Delete the selected drafts (never printed nor sent) after the user confirms."""
        rows = [row for row in self.selected_rows() if row.status == "draft"]
        if not rows:
            return
        with self.ctx.session() as session:
            refused = [
                row.id
                for row in rows
                if not is_deletable(session, get_application(session, row.id))
            ]
        if refused:
            QMessageBox.information(
                self,
                self.tr("不能删除"),
                self.tr(
                    "申请 {0} 已有打印或报送记录，不能删除。不再需要的申请请在申请窗口中"
                    "点“记录回复/报送…”记录为“已撤回”。"
                ).format("、".join(str(i) for i in refused)),
            )
            return
        names = "\n".join(
            f"{row.id}　{row.service_item or row.programme or self.tr('（未填）')}" for row in rows
        )
        answer = QMessageBox.question(
            self,
            self.tr("删除草稿"),
            self.tr("确定要删除以下 {0} 份草稿吗？删除后无法恢复。\n\n{1}").format(
                len(rows), names
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        for row in rows:
            editor = self.editors.get(row.id)
            if editor is not None:
                editor.dirty = False  # its fields go with the draft
                editor.close()
        try:
            with self.ctx.session() as session:
                for row in rows:
                    delete_draft(session, row.id)
        except UserError as exc:
            show_user_error(self, exc)
        self.refresh()

    # -- printing --------------------------------------------------------------------------------
    def print_selected(self) -> None:
        """All selected applications in one PDF (one page each), shown for printing."""
        from unionapp.ui.applications.pdf_preview import PdfPreviewDialog

        ids = [row.id for row in self.selected_rows()]
        if not ids:
            return
        self.save_pending()
        try:
            with self.ctx.session() as session:
                pdf = applications_pdf_bytes(session, ids)
        except UserError as exc:
            show_user_error(self, exc, self.tr("无法打印"))
            return
        name = self.tr("申请表{0}.pdf").format("、".join(str(i) for i in ids[:5]))
        dialog = PdfPreviewDialog(pdf, name, self)
        dialog.printed.connect(lambda: self._mark_printed(ids))
        dialog.saved.connect(lambda _path: self._mark_printed(ids))
        self.preview_dialog = dialog
        dialog.open()

    def _mark_printed(self, ids: list[int]) -> None:
        with self.ctx.session() as session:
            mark_printed(session, ids)
        for app_id in ids:
            editor = self.editors.get(app_id)
            if editor is not None:
                editor.load()
        self.reload()

    # -- window hooks -----------------------------------------------------------------------------
    def save_pending(self) -> None:
        """Save every open editor (the main window calls this on close)."""
        for editor in list(self.editors.values()):
            editor.save()

    def _connect_catalogue(self) -> None:
        pages = getattr(self.window(), "pages", {})
        catalogue = pages.get("catalogue")
        if catalogue is None or self._catalogue_connected:
            return
        catalogue.apply_requested.connect(self._apply_from_catalogue)
        self._catalogue_connected = True

    def _apply_from_catalogue(self, programme_id: int) -> None:
        show_section = getattr(self.window(), "show_section", None)
        if callable(show_section):
            show_section("applications")
        self.new_from_programme(programme_id)

"""The catalogue section (服务项目): filter the year's programmes, read their rules, edit or add one."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from unionapp.catalogue.exchange import export_catalogue
from unionapp.catalogue.new_year import carry_forward, catalogue_age, confirm_programmes
from unionapp.catalogue.query import (
    ProgrammeInfo,
    catalogue_years,
    list_programmes,
    provider_names,
)
from unionapp.catalogue.store import CATEGORIES
from unionapp.errors import UserError
from unionapp.models import Programme
from unionapp.ui.catalogue.catalogue_table import (
    ROW_ROLE,
    SORT_ROLE,
    ProgrammeTableModel,
    rules_summary,
)
from unionapp.ui.catalogue.import_dialog import NOTICE, SPREADSHEET, CatalogueImportDialog
from unionapp.ui.catalogue.outdated_bar import OutdatedCatalogueBar
from unionapp.ui.catalogue.programme_dialog import ProgrammeDialog
from unionapp.ui.common.errors import show_user_error

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext


class CataloguePage(QWidget):
    """Signals: ``apply_requested(int)`` — the user wants a new application for a programme id;
    ``catalogue_changed()`` — a year was imported or carried forward."""

    apply_requested = Signal(int)
    catalogue_changed = Signal()

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fixed_today = today
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.year = QComboBox(self)
        self.category = QComboBox(self)
        self.provider = QComboBox(self)
        self.provider.setMinimumWidth(220)
        self.provider.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for label, combo in (
            (self.tr("年度"), self.year),
            (self.tr("类别"), self.category),
            (self.tr("承办单位"), self.provider),
        ):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(self.reload)
        filters.addStretch(1)
        buttons = QHBoxLayout()  # a row of its own: the window stays narrow in English too
        self.add_button = QPushButton(self.tr("新增项目"), self)
        self.edit_button = QPushButton(self.tr("编辑"), self)
        self.confirm_button = QPushButton(self.tr("核实无误"), self)
        self.confirm_button.setToolTip(self.tr("承办单位、联系人和规则已与今年的通知核对过"))
        self.confirm_button.hide()
        self.apply_button = QPushButton(self.tr("用此项目申请"), self)
        self.apply_button.clicked.connect(self._request_application)
        self.import_notice_action = QAction(self.tr("导入年度通知…"), self)
        self.import_table_action = QAction(self.tr("导入目录表格…"), self)
        self.export_action = QAction(self.tr("导出目录…"), self)
        self.carry_action = QAction(self.tr("复制上一年目录到今年"), self)
        self.import_notice_action.triggered.connect(self.import_notice)
        self.import_table_action.triggered.connect(self.import_file)
        self.export_action.triggered.connect(self.export_file)
        self.carry_action.triggered.connect(self.carry_forward)
        self.more_button = QToolButton(self)
        self.more_button.setText(self.tr("导入/导出"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_button)
        for action in (self.import_notice_action, self.import_table_action, self.export_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.carry_action)
        self.more_button.setMenu(menu)
        for button in (
            self.apply_button,
            self.add_button,
            self.edit_button,
            self.confirm_button,
            self.more_button,
        ):
            buttons.addWidget(button)
        self.add_button.clicked.connect(self.add_programme)
        self.edit_button.clicked.connect(self.edit_selected)
        self.confirm_button.clicked.connect(self.confirm_selected)
        buttons.addStretch(1)
        self.outdated = OutdatedCatalogueBar(self)
        self.outdated.import_button.clicked.connect(self.import_notice)
        self.outdated.carry_button.clicked.connect(self.carry_forward)
        layout.addWidget(self.outdated)
        layout.addLayout(filters)
        layout.addLayout(buttons)

        self.model = ProgrammeTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ProgrammeTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 56), (1, 80), (3, 280), (4, 100), (5, 220)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self.edit_selected)
        self.details = QTextBrowser(self)
        self.details.setOpenExternalLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([460, 220])
        layout.addWidget(splitter, 1)
        self.empty_hint = QLabel(self)
        self.empty_hint.setStyleSheet("color: #666;")
        layout.addWidget(self.empty_hint)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self._last_result = ""
        self.import_dialog: CatalogueImportDialog | None = None
        self._fill_filters()
        self.reload()

    def today(self) -> date:
        return self.fixed_today or date.today()

    def refresh(self) -> None:
        """Shown again (the main window calls this): years and rows as they are now. The year
        chosen stays chosen, unless a newer year came in meanwhile: that one is shown."""
        year, newest = self.year.currentData(), self._newest_year()
        self._fill_filters()
        if self._newest_year() == newest and self.year.findData(year) >= 0:
            self.year.setCurrentIndex(self.year.findData(year))
        self.reload()

    def _newest_year(self) -> int | None:
        return self.year.itemData(1) if self.year.count() > 1 else None

    # -- filters ----------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        with self.ctx.session() as session:
            years = catalogue_years(session)
            providers = provider_names(session)
        for combo in (self.year, self.category, self.provider):
            combo.blockSignals(True)
            combo.clear()
        self.year.addItem(self.tr("全部"), None)
        for year in years:
            self.year.addItem(str(year), year)
        if years:
            self.year.setCurrentIndex(1)
        self.category.addItem(self.tr("全部"), None)
        for category in CATEGORIES:
            self.category.addItem(category, category)
        self.provider.addItem(self.tr("全部"), None)
        for name in providers:
            self.provider.addItem(name, name)
        for combo in (self.year, self.category, self.provider):
            combo.blockSignals(False)

    def reload(self) -> None:
        with self.ctx.session() as session:
            rows = list_programmes(
                session,
                year=self.year.currentData(),
                category=self.category.currentData(),
                provider=self.provider.currentData(),
            )
            age = catalogue_age(session, self.today().year)
        self.model.set_rows(rows)
        self.outdated.show_age(age)
        self.carry_action.setEnabled(age.outdated and age.newest_year is not None)
        waiting = sum(1 for row in rows if row.needs_review)
        self.empty_hint.setText(
            self.tr("没有符合条件的服务项目 — 点“新增项目”添加，或用“导入/导出 → 导入年度通知…”。")
            if not rows
            else self.tr("共 {0} 个服务项目").format(len(rows))
            + (self.tr("，其中 {0} 个待核实").format(waiting) if waiting else "")
            + (f"　{self._last_result}" if self._last_result else "")
        )
        if rows:
            self.table.selectRow(0)
        else:
            self.details.clear()

    # -- details ----------------------------------------------------------------------------
    def selected(self) -> ProgrammeInfo | None:
        index = self.table.currentIndex()
        return self.proxy.data(index, ROW_ROLE) if index.isValid() else None

    def _show_details(self) -> None:
        info = self.selected()
        self.confirm_button.setVisible(info is not None and info.needs_review)
        if info is None:
            self.details.clear()
            return
        esc = html.escape
        contacts = "".join(
            f"<li>{esc(c.provider)}：{esc(c.name)} {esc('、'.join(c.phones))}"
            f"{'（' + esc(c.scope) + '）' if c.scope else ''}</li>"
            for c in info.contacts
        )
        parts = [
            f"<h3>{esc(info.name)}</h3>",
            *(
                [
                    "<p style='color:#9a5b00'>"
                    + esc(
                        self.tr(
                            "待核实：这是从上一年复制来的项目，承办单位、联系人和规则可能已变。"
                            "请与今年的通知核对后编辑保存，或点“核实无误”。"
                        )
                    )
                    + "</p>"
                ]
                if info.needs_review
                else []
            ),
            f"<p><b>{self.tr('类别')}</b>：{esc(info.category)}　"
            f"<b>{self.tr('活动时间')}</b>：{esc(info.time_window)}　"
            f"<b>{self.tr('承办单位')}</b>：{esc('、'.join(info.providers))}</p>",
        ]
        summary = rules_summary(info)
        if summary or info.rules.get("note"):
            parts.append(
                f"<p><b>{self.tr('规则')}</b>：{esc(summary)}<br>{esc(info.rules.get('note') or '')}</p>"
            )
        if info.description:
            parts.append(f"<p><b>{self.tr('主要内容')}</b>：{esc(info.description)}</p>")
        if info.participation:
            parts.append(f"<p><b>{self.tr('参与方式')}</b>：{esc(info.participation)}</p>")
        if contacts:
            parts.append(f"<p><b>{self.tr('联系人')}</b>：</p><ul>{contacts}</ul>")
        self.details.setHtml("".join(parts))

    def select_programme(self, programme_id: int) -> bool:
        """Show a programme: its year chosen, the other filters cleared, its row selected."""
        with self.ctx.session() as session:
            programme = session.get(Programme, programme_id)
            year = programme.year if programme is not None else None
        if year is None:
            return False
        for combo, value in ((self.year, year), (self.category, None), (self.provider, None)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.reload()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, ROW_ROLE).id == programme_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                self.table.setFocus()
                return True
        return False

    # -- editing ----------------------------------------------------------------------------
    def _request_application(self) -> None:
        info = self.selected()
        if info is not None and info.id is not None:
            self.apply_requested.emit(info.id)

    def add_programme(self) -> None:
        info = ProgrammeInfo(id=None, year=self.today().year, name="", category=CATEGORIES[0])
        if ProgrammeDialog(self.ctx, info, self).exec():
            self._fill_filters()
            self.reload()

    def edit_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        if ProgrammeDialog(self.ctx, info, self).exec():
            self.reload()

    def import_notice(self) -> None:
        """导入年度通知…: open or paste the notice, check the preview, confirm."""
        self._import(NOTICE)

    def import_file(self) -> None:
        """导入目录表格…: a spreadsheet in the export's columns, with the same preview."""
        self._import(SPREADSHEET)

    def _import(self, mode: str) -> CatalogueImportDialog | None:
        """Open the preview dialog (window-modal); the page shows the result when it is accepted."""
        path = ""
        if mode == SPREADSHEET:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("导入服务项目目录"),
                "",
                self.tr("表格文件 (*.xlsx *.xlsm *.xls *.xlsb *.ods *.et *.csv)"),
            )
            if not path:
                return None
        dialog = CatalogueImportDialog(self.ctx, mode, self)
        if self.import_dialog is not None:  # the one opened before, closed by now
            self.import_dialog.deleteLater()
        dialog.accepted.connect(lambda: self._imported(dialog))
        self.import_dialog = dialog
        if path:
            dialog.load_file(Path(path))
        dialog.open()
        return dialog

    def _imported(self, dialog: CatalogueImportDialog) -> None:
        self._last_result = dialog.result_text()
        self._show_year(max(dialog.years) if dialog.years else None)
        self.catalogue_changed.emit()

    def carry_forward(self) -> None:
        """Copy the newest earlier catalogue into this year, every programme 待核实."""
        year = self.today().year
        try:
            with self.ctx.session() as session:
                count = carry_forward(session, year)
        except UserError as exc:
            show_user_error(self, exc)
            return
        self._last_result = self.tr("已把上一年的 {0} 个项目复制到{1}年，均标为“待核实”。").format(
            count, year
        )
        self._show_year(year)
        self.catalogue_changed.emit()

    def confirm_selected(self) -> None:
        info = self.selected()
        if info is None or info.id is None:
            return
        with self.ctx.session() as session:
            confirm_programmes(session, [info.id])
        self._last_result = ""
        self.select_programme(info.id)

    def _show_year(self, year: int | None) -> None:
        self._fill_filters()
        if year is not None and self.year.findData(year) >= 0:
            self.year.setCurrentIndex(self.year.findData(year))
        self.reload()

    def export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("导出服务项目目录"),
            "服务项目目录.xlsx",
            self.tr("Excel 文件 (*.xlsx);;CSV 文件 (*.csv)"),
        )
        if not path:
            return
        try:
            with self.ctx.session() as session:
                count = export_catalogue(session, path, year=self.year.currentData())
        except UserError as exc:
            show_user_error(self, exc)
            return
        QMessageBox.information(
            self, self.tr("导出完成"), self.tr("已导出 {0} 个服务项目。").format(count)
        )

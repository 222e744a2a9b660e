"""The catalogue section (服务项目): filter the year's programmes, read their rules, edit or add one."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from unionapp.catalogue.exchange import export_catalogue, import_catalogue
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
from unionapp.ui.catalogue.programme_dialog import ProgrammeDialog
from unionapp.ui.common.errors import show_user_error

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext


class CataloguePage(QWidget):
    """Signals: ``apply_requested(int)`` — the user wants a new application for a programme id."""

    apply_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
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
        self.import_button = QPushButton(self.tr("导入目录…"), self)
        self.export_button = QPushButton(self.tr("导出目录…"), self)
        self.apply_button = QPushButton(self.tr("用此项目申请"), self)
        self.apply_button.clicked.connect(self._request_application)
        for button in (
            self.apply_button,
            self.add_button,
            self.edit_button,
            self.import_button,
            self.export_button,
        ):
            buttons.addWidget(button)
        self.add_button.clicked.connect(self.add_programme)
        self.edit_button.clicked.connect(self.edit_selected)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        buttons.addStretch(1)
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
        self._fill_filters()
        self.reload()

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
        self.model.set_rows(rows)
        self.empty_hint.setText(
            self.tr("没有符合条件的服务项目 — 点“新增项目”添加，或用“导入目录…”导入新一年的通知。")
            if not rows
            else self.tr("共 {0} 个服务项目").format(len(rows))
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
        year = self.year.currentData() or (catalogue_years_or_now(self.ctx))
        info = ProgrammeInfo(id=None, year=year, name="", category=CATEGORIES[0])
        if ProgrammeDialog(self.ctx, info, self).exec():
            self._fill_filters()
            self.reload()

    def edit_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        if ProgrammeDialog(self.ctx, info, self).exec():
            self.reload()

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("导入服务项目目录"), "", self.tr("表格文件 (*.xlsx *.csv)")
        )
        if not path:
            return
        try:
            with self.ctx.session() as session:
                result = import_catalogue(session, path)
        except UserError as exc:
            show_user_error(self, exc)
            return
        if result.errors:
            QMessageBox.warning(
                self,
                self.tr("未导入"),
                self.tr("文件中有以下问题，未导入任何项目：\n\n{0}").format(
                    "\n".join(result.errors[:30])
                ),
            )
            return
        QMessageBox.information(
            self,
            self.tr("导入完成"),
            self.tr("新增 {0} 个，更新 {1} 个服务项目。").format(result.added, result.updated),
        )
        self._fill_filters()
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


def catalogue_years_or_now(ctx: AppContext) -> int:
    from datetime import date

    with ctx.session() as session:
        years = catalogue_years(session)
    return years[0] if years else date.today().year

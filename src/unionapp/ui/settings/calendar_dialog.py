"""Add a year to the working-day calendar: paste the State Council notice, or enter days by hand.

Pasted text is parsed and shown (days off, make-up working days, lines it could not read) for the
user to confirm before anything is stored.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from unionapp.calendar_store import (
    entries_of_year,
    remove_day,
    set_day,
    store_notice,
    work_calendar,
    year_days,
)
from unionapp.errors import UserError
from unionapp.ui.common.errors import show_user_error
from unionapp.ui.common.fitting import fit_to_screen
from unionapp.workcal import ParsedNotice, parse_notice

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext

SOURCE_NAMES = {  # translated where shown (self.tr), listed here for lupdate
    "official": QT_TRANSLATE_NOOP("CalendarDialog", "官方数据"),
    "user": QT_TRANSLATE_NOOP("CalendarDialog", "已录入"),
    "estimate": QT_TRANSLATE_NOOP("CalendarDialog", "无数据，仅按周末估算"),
}


class CalendarDialog(QDialog):
    """``stored`` becomes True once anything was saved."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stored = False
        self.parsed: ParsedNotice | None = None
        self.setWindowTitle(self.tr("工作日日历"))
        fit_to_screen(self, 760, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "截止日期按国务院每年的节假日安排计算（法定假日不算工作日，调休上班的周末算工作日）。"
                "程序没有数据的年份只能按周末估算：请粘贴当年通知的全文，或逐日录入。"
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._paste_tab(), self.tr("粘贴通知"))
        self.tabs.addTab(self._manual_tab(), self.tr("逐日录入"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # -- paste a notice ---------------------------------------------------------------------
    def _paste_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.notice_text = QPlainTextEdit(tab)
        self.notice_text.setPlaceholderText(
            self.tr("在此粘贴《国务院办公厅关于20XX年部分节假日安排的通知》全文（含标题）")
        )
        layout.addWidget(self.notice_text, 1)
        row = QHBoxLayout()
        self.parse_button = QPushButton(self.tr("识别日期"), tab)
        self.parse_button.clicked.connect(self.parse_text)
        self.save_button = QPushButton(self.tr("确认无误，保存"), tab)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_notice)
        row.addWidget(self.parse_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.result = QTextBrowser(tab)
        layout.addWidget(self.result, 1)
        self.notice_text.textChanged.connect(lambda: self.save_button.setEnabled(False))
        return tab

    def parse_text(self) -> None:
        self.parsed = parse_notice(self.notice_text.toPlainText())
        notice = self.parsed
        parts = []
        if notice.year is None:
            missing = self.tr(
                "没有找到年份：请连同标题“国务院办公厅关于20XX年部分节假日安排的通知”一起粘贴。"
            )
            parts.append(f"<p style='color:#b00'>{missing}</p>")
        else:
            parts.append(f"<h3>{self.tr('{0}年').format(notice.year)}</h3>")
        off_title = self.tr("放假（{0}天）").format(len(notice.holidays))
        on_title = self.tr("调休上班（{0}天）").format(len(notice.workdays))
        parts.append(_day_list(off_title, notice.holidays))
        parts.append(_day_list(on_title, notice.workdays))
        if notice.unparsed:
            warning = self.tr("以下内容没能确定地读懂，未采用；请核对，必要时在“逐日录入”中补录：")
            lines = "".join(f"<li>{html.escape(line)}</li>" for line in notice.unparsed)
            parts.append(f"<p style='color:#b00'><b>{warning}</b></p><ul>{lines}</ul>")
        self.result.setHtml("".join(parts))
        self.save_button.setEnabled(
            notice.year is not None and bool(notice.holidays or notice.workdays)
        )

    def save_notice(self) -> None:
        if self.parsed is None:
            return
        try:
            with self.ctx.session() as session:
                count = store_notice(session, self.parsed)
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.stored = True
        self.save_button.setEnabled(False)
        self.result.append(self.tr("已保存{0}年的 {1} 个日期。").format(self.parsed.year, count))
        self._reload_manual()

    # -- enter days by hand -----------------------------------------------------------------
    def _manual_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QHBoxLayout(tab)
        left = QVBoxLayout()
        self.calendar = QCalendarWidget(tab)
        self.calendar.setGridVisible(True)
        self.calendar.setLocale(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.currentPageChanged.connect(lambda year, _month: self._reload_manual())
        self.calendar.selectionChanged.connect(self._show_day)
        left.addWidget(self.calendar)
        legend = QLabel(self.tr("红色：放假　蓝色：调休上班"), tab)
        left.addWidget(legend)
        self.day_state = QLabel(tab)
        left.addWidget(self.day_state)
        choice = QHBoxLayout()
        self.as_holiday = QRadioButton(self.tr("放假"), tab)
        self.as_workday = QRadioButton(self.tr("上班"), tab)
        self.as_holiday.setChecked(True)
        choice.addWidget(self.as_holiday)
        choice.addWidget(self.as_workday)
        self.day_note = QLineEdit(tab)
        self.day_note.setPlaceholderText(self.tr("说明（可不填），如：国庆节"))
        choice.addWidget(self.day_note, 1)
        left.addLayout(choice)
        buttons = QHBoxLayout()
        self.set_button = QPushButton(self.tr("录入这一天"), tab)
        self.set_button.clicked.connect(self.set_selected_day)
        self.remove_button = QPushButton(self.tr("删除这一天的录入"), tab)
        self.remove_button.clicked.connect(self.remove_selected_day)
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        layout.addLayout(left, 3)
        right = QVBoxLayout()
        self.year_source = QLabel(tab)
        self.year_source.setWordWrap(True)
        right.addWidget(self.year_source)
        self.year_entries = QListWidget(tab)
        right.addWidget(self.year_entries, 1)
        layout.addLayout(right, 2)
        self._reload_manual()
        return tab

    def selected_day(self) -> date:
        return self.calendar.selectedDate().toPython()

    def set_selected_day(self) -> None:
        with self.ctx.session() as session:
            set_day(
                session,
                self.selected_day(),
                self.as_workday.isChecked(),
                self.day_note.text().strip(),
            )
        self.stored = True
        self._reload_manual()

    def remove_selected_day(self) -> None:
        with self.ctx.session() as session:
            removed = remove_day(session, self.selected_day())
        if not removed:
            QMessageBox.information(self, self.tr("没有录入"), self.tr("这一天没有您录入的内容。"))
        self._reload_manual()

    def _show_day(self) -> None:
        day = self.selected_day()
        with self.ctx.session() as session:
            working = work_calendar(session).is_workday(day)
        self.day_state.setText(
            self.tr("{0}：{1}").format(
                day.isoformat(), self.tr("工作日") if working else self.tr("休息日")
            )
        )

    def _reload_manual(self) -> None:
        year = self.calendar.yearShown()
        with self.ctx.session() as session:
            days = year_days(session, year)
            entries = [(e.day, e.is_workday, e.note) for e in entries_of_year(session, year)]
        self.year_source.setText(
            self.tr("{0}年：{1}。共 {2} 个放假日、{3} 个调休上班日。").format(
                year, self.tr(SOURCE_NAMES[days.source]), len(days.holidays), len(days.workdays)
            )
        )
        self.year_entries.clear()
        for day, is_workday, note in entries:
            kind = self.tr("上班") if is_workday else self.tr("放假")
            self.year_entries.addItem(f"{day.isoformat()}  {kind}  {note}".rstrip())
        if not entries:
            self.year_entries.addItem(self.tr("（本年没有您录入的日期）"))
        self._paint_year(days.holidays, days.workdays)
        self._show_day()

    def _paint_year(self, holidays: list[date], workdays: list[date]) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        off, on = QTextCharFormat(), QTextCharFormat()
        off.setBackground(QColor("#fde2e1"))
        off.setForeground(QColor("#b00000"))
        on.setBackground(QColor("#dcefff"))
        on.setForeground(QColor("#003d80"))
        for days, style in ((holidays, off), (workdays, on)):
            for day in days:
                self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), style)


def _day_list(title: str, days: list[date]) -> str:
    day_format = QCoreApplication.translate("CalendarDialog", "{0}月{1}日")
    items = "、".join(
        day_format.format(d.month, d.day) if d.year == days[0].year else d.isoformat() for d in days
    )
    return f"<p><b>{html.escape(title)}</b>：{html.escape(items) or '—'}</p>"

"""A union's year lived through the real window on a 1366×768 laptop, as a chairperson clicks it.

First start (the union's profile), the roster imported from Excel, the new year's catalogue
imported, one application from the catalogue and one typed by hand, printing to a PDF file,
submitting, the replies up to 已完成, the year's report, the e-mail draft and a backup. Each step
checks what the user sees (deadline, status, home screen, report figures) and saves a screenshot
into the test's tmp folder (``screens/``), kept by pytest as the run's artefacts.

Dates follow today: the finished application's service took place ten days ago (its year is the
report's year); the hand-typed draft's service is three weeks ahead. Long work (roster import,
report) runs on the real background thread: nothing here switches the task runner to synchronous.
"""

from __future__ import annotations

import email
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QDate, QDateTime, QObject, Qt, QTime, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from support.modal import answering, file_named, press_accept, read_into

WINDOW = (1366, 768 - 40)  # maximised above a 40-px task bar (the tests' screen, conftest.py)
UNION = {
    "name": "北京市东城区示例科技有限公司工会委员会",
    "contact": "李明",
    "contact_title": "工会主席",
    "phone": "010-65110000",
    "address": "北京市东城区东四北大街107号",
    "parent_federation": "东城区总工会",
    "report_recipients": "zonggonghui@example.com",
}
MEMBERS = [
    ("张伟", "男", "研发部", "13800000001"),
    ("王静", "女", "财务部", "13800000002"),
    ("李强", "男", "研发部", "13800000003"),
    ("刘洋", "男", "市场部", "13800000004"),
    ("陈晓梅", "女", "行政部", "13800000005"),
    ("杨帆", "男", "研发部", "13800000006"),
    ("赵敏", "女", "人事部", "13800000007"),
    ("黄磊", "男", "市场部", "13800000008"),
]
BUNDLED_YEAR = 2023
PROGRAMME = "“身边”文化助推活动"  # 15 working days ahead in the notice


@dataclass(frozen=True)
class Year:
    """The journey's dates, relative to today."""

    service: date  # the finished application's service, ten days ago
    sent: date
    hand_service: date  # the hand-typed draft's service, three weeks ahead

    @property
    def report_year(self) -> int:
        return self.service.year


def journey_dates(today: date) -> Year:
    service = today - timedelta(days=10)
    sent = max(service - timedelta(days=20), date(service.year, 1, 1))
    return Year(service=service, sent=sent, hand_service=today + timedelta(days=21))


class Screens:
    """Screenshots of each step, numbered in order."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.count = 0

    def save(self, widget: QWidget, name: str) -> Path:
        QApplication.processEvents()
        self.count += 1
        path = self.folder / f"{self.count:02d}-{name}.png"
        assert widget.grab().save(str(path))
        return path


def shows_ink(widget: QWidget) -> bool:
    """Whether the middle of the widget shows dark pixels (text), not just blank paper."""
    image = widget.grab().toImage()
    width, height = image.width(), image.height()
    return any(
        image.pixelColor(x, y).lightness() < 80
        for y in range(height // 4, 3 * height // 4, 3)
        for x in range(width // 4, 3 * width // 4, 3)
    )


class Desktop(QObject):
    """Stands in for the system: records the files the program asks it to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toLocalFile())


@pytest.fixture
def desktop():
    handler = Desktop()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


def click(widget: QAbstractButton) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.text()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def button(parent: QWidget, text: str) -> QPushButton:
    """The visible push button of ``parent`` whose text is ``text``."""
    found = [b for b in parent.findChildren(QPushButton) if b.text() == text and b.isVisible()]
    assert len(found) == 1, f"{text}: {[b.text() for b in parent.findChildren(QPushButton)]}"
    return found[0]


def box_button(dialog: QWidget, text: str) -> QAbstractButton:
    for box in dialog.findChildren(QDialogButtonBox):
        for candidate in box.buttons():
            if candidate.text() == text:
                return candidate
    raise AssertionError(f"no button {text} in {dialog}")


def go_to(window, title: str) -> QWidget:
    """Click a section in the navigation list."""
    nav = window.nav
    row = next(r for r in range(nav.count()) if nav.item(r).text() == title)
    QTest.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(row)).center()
    )
    assert window.current_section() and nav.currentRow() == row
    return window.stack.currentWidget()


def home_lines(home) -> list[str]:
    """The items the home screen lists (under their group headings)."""
    lines = []
    for group in range(home.tree.topLevelItemCount()):
        heading = home.tree.topLevelItem(group)
        lines += [heading.child(i).text(1) for i in range(heading.childCount())]
    return lines


def roster_file(folder: Path) -> Path:
    from unionapp.tabular import write_xlsx

    path = folder / "会员名册.xlsx"
    rows = [list(m) for m in MEMBERS] + [["马超", "男", "后勤部", "1380000"]]  # a bad phone
    write_xlsx(path, [("会员名册", ["姓名", "性别", "部门", "手机"], rows)])
    return path


def catalogue_file(folder: Path, year: int) -> Path:
    """The new year's notice as a catalogue file: the bundled year's programmes moved to ``year``."""
    from unionapp.catalogue.exchange import export_catalogue
    from unionapp.storage.context import open_context
    from unionapp.tabular import read_table, write_table

    scratch = folder / "scratch"
    scratch.mkdir()
    ctx = open_context(scratch)
    try:
        with ctx.session() as session:
            export_catalogue(session, folder / "bundled.xlsx", year=BUNDLED_YEAR)
    finally:
        ctx.close()
    header, *rows = read_table(folder / "bundled.xlsx")
    moved = [
        [
            year
            if name == "年度"
            else cell.replace(str(BUNDLED_YEAR), str(year))
            if isinstance(cell, str)
            else cell
            for name, cell in zip(header, row, strict=True)
        ]
        for row in rows
    ]
    path = folder / f"{year}年服务项目目录.xlsx"
    write_table(path, header, moved, sheet_title="服务项目")
    return path


def set_when(edit, moment: datetime) -> None:
    """Pick a date and time as from the calendar pop-up and the time section."""
    edit.setDateTime(
        QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    )


def record(editor, status_label: str, fill) -> None:
    """记录回复/报送…: choose the new status, fill the dialog, press 记录."""

    def answer(dialog: QWidget) -> None:
        combo = dialog.status
        index = next(i for i in range(combo.count()) if combo.itemText(i) == status_label)
        combo.setCurrentIndex(index)
        fill(dialog)
        click(box_button(dialog, "记录"))

    with answering(answer) as seen:
        click(editor.reply_button)
    assert seen, f"no reply dialog for {status_label}"


def test_a_unions_year(qtbot, tmp_path: Path, type_text, desktop: Desktop) -> None:
    from unionapp.storage.paths import resolve_paths
    from unionapp.ui.main_window import MainWindow

    today = date.today()
    year = journey_dates(today)
    screens = Screens(tmp_path / "screens")
    files = tmp_path / "files"
    files.mkdir()
    data = tmp_path / "data"

    # -- first start: the union's profile ----------------------------------------------------
    window = MainWindow(resolve_paths(str(data)))
    qtbot.addWidget(window)
    window.resize(*WINDOW)
    window.show()
    qtbot.waitExposed(window)

    def set_up(dialog: QWidget) -> None:
        for key, value in UNION.items():
            type_text(dialog.findChild(QLineEdit, f"union_{key}"), value)
        screens.save(dialog, "setup")
        click(box_button(dialog, "保存"))

    with answering(set_up) as seen:
        assert window.load()
    assert seen, "the first start asked nothing"
    assert [window.nav.item(r).text() for r in range(window.nav.count())][:2] == ["首页", "申请"]

    # -- the roster, from the union's Excel file ---------------------------------------------
    roster = go_to(window, "会员名册")
    assert "还没有会员" in roster.hint.text()
    excel = roster_file(files)

    def import_roster(dialog: QWidget) -> None:
        with answering(file_named(str(excel))):
            click(dialog.choose_button)
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=30_000)
        assert "新增 8 人" in dialog.summary.text() and "未导入 1 行" in dialog.summary.text()
        assert dialog.problems.rowCount() == 1
        problem = [dialog.problems.item(0, c).text() for c in range(dialog.problems.columnCount())]
        assert problem[0] == "10" and any("手机" in text for text in problem), problem
        screens.save(dialog, "roster-import")
        click(dialog.import_button)
        qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
        assert dialog.summary.text().startswith("导入完成：新增 8 人")
        click(dialog.cancel_button)  # now 关闭

    with answering(import_roster) as seen:
        click(roster.import_button)
    assert seen
    assert roster.table.model().rowCount() == len(MEMBERS)
    screens.save(window, "roster")

    # -- the new year's catalogue, then an application from it -------------------------------
    catalogue = go_to(window, "服务项目")
    table = catalogue_file(files, year.report_year)
    with answering(file_named(str(table)), QFileDialog):
        catalogue.import_table_action.trigger()  # 导入/导出 → 导入目录表格…
    importer = catalogue.import_dialog
    qtbot.waitUntil(importer.import_button.isEnabled, timeout=30_000)  # the preview, read
    assert "共 47 个服务项目" in importer.summary.text()
    screens.save(importer, "catalogue-import")
    click(importer.import_button)
    qtbot.waitUntil(lambda: not importer.isVisible(), timeout=30_000)  # stored
    assert importer.result is not None and importer.result.added == 47
    assert catalogue.year.currentData() == year.report_year  # the page shows the new year
    row = next(
        r
        for r in range(catalogue.proxy.rowCount())
        if PROGRAMME in catalogue.proxy.index(r, 2).data()
    )
    cell = catalogue.table.visualRect(catalogue.proxy.index(row, 2))
    QTest.mouseClick(catalogue.table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    assert PROGRAMME in catalogue.selected().name
    screens.save(window, "catalogue")
    applications = window.pages["applications"]
    click(catalogue.apply_button)
    assert window.current_section() == "applications"
    [editor] = applications.editors.values()
    set_when(
        editor.service_time,
        datetime.combine(year.service, datetime.min.time()) + timedelta(hours=14),
    )
    type_text(editor.fields["location"], " 三层会议室")
    assert editor.save()
    assert "最晚报送日期" in editor.deadline_label.text()
    assert editor.status_badge.text().endswith("草稿")
    screens.save(editor, "editor-catalogue")

    # -- print it: the print dialog, printing to a PDF file ---------------------------------------
    printed = files / "申请表.pdf"

    def print_to_file(dialog: QWidget) -> None:
        dialog.findChild(QLineEdit, "filename").setText(str(printed))
        press_accept(dialog)  # Print

    click(editor.preview_button)
    preview = editor.preview_dialog
    qtbot.waitUntil(preview.isVisible)
    qtbot.waitUntil(
        lambda: shows_ink(preview.view.viewport()), timeout=10_000
    )  # pages render on a thread
    screens.save(preview, "preview")
    with answering(print_to_file) as seen:
        click(preview.print_button)
    assert seen and len(pypdf.PdfReader(printed).pages) == 1  # one A4 form, printed
    assert editor.status_badge.text().endswith("已打印")
    click(button(preview, "关闭"))

    # -- submit it and record the replies up to 已完成 ------------------------------------------
    def submitted(dialog) -> None:
        dialog.date.setDate(QDate(year.sent.year, year.sent.month, year.sent.day))
        type_text(dialog.to_whom, " 吴老师")

    record(editor, "已报送", submitted)
    assert editor.status_badge.text().endswith("已报送")

    def accepted(dialog) -> None:
        dialog.date.setDate(QDate(year.sent.year, year.sent.month, year.sent.day))
        type_text(dialog.project_no, f"PX{year.report_year}-017")

    record(editor, "已受理", accepted)

    confirmed = datetime.combine(year.service, datetime.min.time()) + timedelta(hours=15)

    def scheduled(dialog) -> None:
        dialog.date.setDate(QDate(year.sent.year, year.sent.month, year.sent.day))
        set_when(dialog.scheduled_at, confirmed)  # the provider moved it an hour later

    record(editor, "已排期", scheduled)
    header = editor.deadline_label.text()
    assert f"{confirmed:%Y-%m-%d %H:%M}" in header and f"{year.service} 14:00" in header, header
    assert "最晚报送日期" not in header  # sent: no deadline warning any more

    def done(dialog) -> None:
        early = year.service - timedelta(days=1)  # before the confirmed day: refused, plainly
        dialog.date.setDate(QDate(early.year, early.month, early.day))
        refusals: list[str] = []
        with answering(read_into(refusals), QMessageBox):
            click(box_button(dialog, "记录"))
        assert refusals and str(early) in refusals[0] and str(year.service) in refusals[0]
        assert dialog.isVisible(), "the dialog stays open to correct the date"
        dialog.date.setDate(QDate(year.service.year, year.service.month, year.service.day))
        dialog.attendance.setValue(7)
        type_text(dialog.feedback, "职工反响很好")

    record(editor, "已完成", done)
    assert editor.status_badge.text().endswith("已完成")
    editor.tabs.setCurrentIndex(1)
    screens.save(editor, "timeline")
    click(button(editor, "关闭"))

    # -- an application typed by hand (its programme is not in the catalogue) -----------------------
    blank = next(a for a in applications.new_button.menu().actions() if a.text() == "空白申请表")
    blank.trigger()
    hand = next(e for e in applications.editors.values() if e.isVisible())
    type_text(hand.fields["provider"], "北京市某某剧院")
    popup = hand.fields["provider"].completer().popup()
    if popup.isVisible():  # the catalogue's hosting units are proposed: none is this one
        QTest.keyClick(popup, Qt.Key.Key_Escape)
    type_text(hand.fields["service_item"], "职工专场演出")
    set_when(
        hand.service_time,
        datetime.combine(year.hand_service, datetime.min.time()) + timedelta(hours=19),
    )
    assert hand.save()
    assert "最晚报送日期" in hand.deadline_label.text()
    assert "按通知一般要求" in hand.deadline_label.text()  # no programme: the notice's 15 days
    qtbot.waitUntil(lambda: not hand.warning_timer.isActive())  # the warnings catch up with typing
    for filled in ("provider", "service_item", "service_time"):
        assert hand.warning_labels[filled].isHidden(), hand.warning_labels[filled].text()
    screens.save(hand, "editor-by-hand")
    click(button(hand, "关闭"))
    assert applications.model.rowCount() == 2
    screens.save(window, "applications")

    # -- the home screen ----------------------------------------------------------------------
    home = go_to(window, "首页")
    assert home.title.text() == f"待办事项（{today.isoformat()}）"
    due = [line for line in home_lines(home) if f"申请 {hand.app_id}" in line]
    assert len(due) == 1 and "按通知一般要求" in due[0], home_lines(home)
    assert not [line for line in home_lines(home) if f"申请 {editor.app_id}" in line], "done"
    screens.save(window, "home")

    # -- the year's report, and the e-mail draft ------------------------------------------------
    report = go_to(window, "报表")
    qtbot.waitUntil(lambda: report.rendered is not None, timeout=30_000)  # the first visit
    report.year.setValue(year.report_year)
    click(report.generate_button)
    qtbot.waitUntil(report.generate_button.isEnabled, timeout=30_000)
    figures = report.rendered.figures
    assert figures.period_text in report.status.text()
    assert len(figures.services_done) == 1
    assert "完成服务 1 场" in report.status.text()
    assert "服务职工 7 人次" in report.status.text()
    assert figures.applications == 1 and "报送申请 1 件" in report.status.text()
    hand_in_year = year.hand_service.year == year.report_year  # a draft counts apart, by its day
    assert len(figures.unsent) == (1 if hand_in_year else 0)
    qtbot.wait(300)  # the PDF view renders its pages in the background
    screens.save(window, "report")
    with answering(lambda box: box.accept()):
        click(report.mail_button)
    drafts = sorted((data / "报表").rglob("*.eml"))
    assert len(drafts) == 1
    message = email.message_from_bytes(drafts[0].read_bytes())
    assert UNION["report_recipients"] in message["To"]
    assert sorted(Path(p.get_filename()).suffix for p in message.get_payload()[1:]) == [
        ".pdf",
        ".xlsx",
    ]

    # -- back up ------------------------------------------------------------------------------
    before = set((data / "backups").glob("*.db"))
    shown: list[str] = []

    def backed_up(box: QWidget) -> None:
        shown.append(box.text())
        box.accept()

    with answering(backed_up):
        window.backup_action.trigger()
    [backup] = set((data / "backups").glob("*.db")) - before
    assert backup.name in shown[0]
    with sqlite3.connect(backup) as db:
        assert db.execute("select count(*) from application").fetchone() == (2,)
        assert db.execute("select count(*) from member").fetchone() == (len(MEMBERS),)
    window.close()

"""Take the user guide's screenshots from the real program, offscreen.

Builds a demo data folder (union profile, a roster imported from a generated .xlsx by the real
importer, applications in several states through the core API), opens the main window with Qt's
Chinese translations on a 1366×768 screen (the main window maximised above a 40-px task bar),
switches sections, opens dialogs and saves each as a PNG into ``resources/help/images`` (the
guide ships with the program from ``resources/help``). The demo lives in a temporary folder;
where its path would show, a chairperson's usual Windows path is shown instead, and a path of
the temporary folder left in any text stops the script.

Run from the repository root:  ``QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py``
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "resources" / "help" / "images"
SCREEN = (1366, 768)
TASK_BAR = 40
_SCREEN_CONFIG = Path(tempfile.gettempdir()) / "unionapp-screenshots-screen.json"
_SCREEN_CONFIG.write_text(
    json.dumps(
        {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": SCREEN[0], "height": SCREEN[1]}]}
    )
)
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":  # a real screen: left alone
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN_CONFIG}"

from PySide6.QtWidgets import (  # noqa: E402  (after the platform is chosen)
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QWidget,
)

SHOWN_DATA_FOLDER = r"C:\Users\王芳\AppData\Local\unionapp"
SHOWN_DOCUMENTS = r"C:\Users\王芳\Documents"
"""What a chairperson's own paths look like, shown instead of the demo's temporary folders."""
CATALOGUE_YEAR = 2023
"""The bundled catalogue; the demo copies it to the years its applications fall in."""
CULTURE_PUSH = "a1-2"  # “身边”文化助推活动: 15 working days ahead, March to December
TRAINING = "s2-2-2"  # 线上线下文化艺术类培训: all year, 20 members or more
COACHING = "s2-2-3"  # 派出专业师资赴基层辅导培训: all year, 20 members or more

UNION = {
    "name": "北京市东城区示例科技有限公司工会委员会",
    "chairperson": "王芳",
    "contact": "李明",
    "contact_title": "工会主席",
    "phone": "010-65110000",
    "address": "北京市东城区东四北大街107号",
    "email": "gonghui@example.com",
    "parent_federation": "东城区总工会",
}

MEMBERS = [
    ("张伟", "男", "研发部", "工程师", "13800000001", "2015-03-01"),
    ("王静", "女", "财务部", "会计", "13800000002", "2016-07-15"),
    ("李强", "男", "研发部", "项目经理", "13800000003", "2012-09-01"),
    ("刘洋", "男", "市场部", "专员", "13800000004", "2019-04-20"),
    ("陈晓梅", "女", "行政部", "主管", "13800000005", "2011-01-10"),
    ("杨帆", "男", "研发部", "工程师", "13800000006", "2020-06-01"),
    ("赵敏", "女", "人事部", "专员", "13800000007", "2018-11-05"),
    ("黄磊", "男", "市场部", "经理", "13800000008", "2014-02-18"),
    ("周婷", "女", "财务部", "出纳", "13800000009", "2021-08-30"),
    ("吴刚", "男", "后勤部", "司机", "13800000010", "2010-05-12"),
    ("徐丽", "女", "研发部", "测试工程师", "13800000011", "2017-03-08"),
    ("孙浩", "男", "研发部", "工程师", "13800000012", "2022-02-14"),
]


def write_roster_file(path: Path) -> Path:
    """A roster spreadsheet as a union would keep it (one row with a mistake, to show the check)."""
    from unionapp.tabular import write_xlsx

    headers = ["姓名", "性别", "部门", "职务", "手机", "入会日期"]
    rows = [list(member) for member in MEMBERS]
    rows.append(["马超", "男", "后勤部", "保安", "1380000", "2023-13-01"])
    write_xlsx(path, [("会员名册", headers, rows)])
    return path


DEMO_FILE = b"%PDF-1.4\n% demo attachment\n%%EOF\n"
"""The content of the demo attachments (only their names show in the screenshots)."""


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


def _weekday(day: date) -> date:
    """The day itself, or the Monday after when it falls on a weekend."""
    return day + timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)


def add_catalogue_years(session: Any, years: set[int], folder: Path) -> None:
    """Give the demo a catalogue for each year its applications fall in, the way a union gets
    a new year's notice in: export the bundled year, change the year, import it."""
    from unionapp.catalogue.exchange import export_catalogue, import_catalogue
    from unionapp.tabular import read_table, write_table

    exported = folder / "目录.xlsx"
    export_catalogue(session, exported, year=CATALOGUE_YEAR)
    header, *rows = read_table(exported)
    for year in sorted(years - {CATALOGUE_YEAR}):
        copied = [
            [
                year if name == "年度" else _renamed(cell, year)
                for name, cell in zip(header, row, strict=True)
            ]
            for row in rows
        ]
        write_table(folder / f"目录{year}.xlsx", header, copied, sheet_title="服务项目")
        result = import_catalogue(session, folder / f"目录{year}.xlsx")
        if result.errors:
            raise SystemExit("\n".join(result.errors))


def _renamed(cell: Any, year: int) -> Any:
    """A catalogue cell of the bundled year, its text moved to ``year``."""
    return cell.replace(str(CATALOGUE_YEAR), str(year)) if isinstance(cell, str) else cell


def _programme_id(session: Any, key: str, year: int) -> int:
    from sqlmodel import select

    from unionapp.models import Programme

    programme = session.exec(
        select(Programme).where(Programme.key == key, Programme.year == year)
    ).one()
    return programme.id


def build_demo(data_dir: Path, roster_file: Path) -> None:
    """Fill a data folder through the core: profile, roster import, this year's catalogue,
    applications (a draft with participants, a submitted one, a finished one with its
    replies and attachments).

    Dates follow today so that the screenshots look current whenever they are taken: the
    submitted application's service is 40 days ahead (moved into March for the programme's
    window), the draft's 50 days ahead, the finished one's 25 days ago."""
    from sqlmodel import select

    from unionapp.applications.attachments import add_attachment
    from unionapp.applications.participants import set_participants
    from unionapp.applications.service import create_application
    from unionapp.applications.tracking import StatusChange, change_status, submit
    from unionapp.models import Member
    from unionapp.roster.importer import import_roster
    from unionapp.storage.context import open_context
    from unionapp.union import update_union

    today = date.today()
    submitted_day = _weekday(today + timedelta(days=40))
    if submitted_day.month < 3:
        submitted_day = _weekday(date(submitted_day.year, 3, 10))
    draft_day = _weekday(today + timedelta(days=50))
    done_day = _weekday(today - timedelta(days=27))
    ctx = open_context(data_dir)
    try:
        with ctx.session() as session:
            update_union(session, **UNION)
        with ctx.session() as session:
            import_roster(session, roster_file)
        with ctx.session() as session:
            years = {submitted_day.year, draft_day.year, done_day.year}
            add_catalogue_years(session, years, data_dir.parent)
        with ctx.session() as session:
            draft = create_application(
                session,
                {
                    "service_time": _at(draft_day, 14),
                    "scale": "30名持工会会员互助服务卡的会员",
                    "location": "北京市东城区东四北大街107号 三层会议室",
                    "needs": "派书法老师到单位为职工辅导一次，约两小时，需讲师一名。",
                },
                programme_id=_programme_id(session, COACHING, draft_day.year),
            )
            submitted = create_application(
                session,
                {
                    "service_time": _at(submitted_day, 14),
                    "category": "综艺演出/歌舞专场",
                    "scale": "100名持工会会员互助服务卡的会员",
                    "location": "北京市东城区东四北大街107号 职工活动中心",
                    "needs": "演出约一个半小时，场地可容纳120人，有音响和灯光。",
                },
                programme_id=_programme_id(session, CULTURE_PUSH, submitted_day.year),
            )
            done = create_application(
                session,
                {
                    "service_time": _at(done_day, 14),
                    "category": "非遗手工体验",
                    "scale": "12名持工会会员互助服务卡的会员",
                    "location": "北京市东城区东四北大街107号 三层会议室",
                    "needs": "非遗手工（剪纸）体验课，需老师一名和材料。",
                },
                programme_id=_programme_id(session, TRAINING, done_day.year),
            )
            draft_id, submitted_id, done_id = draft.id, submitted.id, done.id
        with ctx.session() as session:
            assert draft_id is not None and submitted_id is not None and done_id is not None
            members = [m.id for m in session.exec(select(Member).order_by(Member.sort_key))]
            set_participants(session, draft_id, members[:8])
            set_participants(session, done_id, members)
            submit(
                session, submitted_id, today - timedelta(days=2), "电子邮件", "北京市劳动人民文化宫"
            )
            sent = done_day - timedelta(days=35)
            submit(session, done_id, sent, "现场", "北京市劳动人民文化宫 吴老师")
            steps = [
                StatusChange(
                    "accepted", sent + timedelta(days=6), project_no=f"PX{done_day.year}-017"
                ),
                StatusChange(
                    "scheduled", sent + timedelta(days=12), scheduled_at=_at(done_day, 14)
                ),
                StatusChange(
                    "done", done_day, attendance=11, feedback="职工反响很好，希望再办一期"
                ),
            ]
            entries = [change_status(session, done_id, step) for step in steps]
            for name, kind, entry in (
                ("盖章申请表.pdf", "scan", None),
                ("文化宫回复.pdf", "reply", entries[0].id),
            ):
                source = data_dir.parent / name
                source.write_bytes(DEMO_FILE)
                add_attachment(session, done_id, source, kind=kind, timeline_entry_id=entry)
        print(f"demo data: draft {draft_id}, submitted {submitted_id}, done {done_id}")
    finally:
        ctx.close()


def settle(milliseconds: int) -> None:
    """Process events for a while (PDF pages are rendered in the background)."""
    deadline = time.monotonic() + milliseconds / 1000
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


class Paths:
    """The demo's temporary folders, and how they are shown in the screenshots."""

    work: Path | None = None
    data: Path | None = None

    @classmethod
    def shown(cls, text: str) -> str:
        """``text`` with the temporary folders replaced by a chairperson's usual paths."""
        for folder, shown in ((cls.data, SHOWN_DATA_FOLDER), (cls.work, SHOWN_DOCUMENTS)):
            if folder is None or str(folder) not in text:
                continue
            head, _, tail = text.partition(str(folder))
            text = head + shown + tail.replace("/", "\\")
        return text

    @classmethod
    def leaked(cls, text: str) -> bool:
        return cls.work is not None and (str(cls.work) in text or "/tmp/" in text)


def hide_temporary_paths(widget: QWidget) -> None:
    """Show the usual paths in every label, field, list and table of ``widget``; stop the script
    if a temporary path is still visible."""
    texts = []
    for label in [widget, *widget.findChildren(QWidget)]:
        if isinstance(label, QLabel | QLineEdit):
            label.setText(Paths.shown(label.text()))
            texts.append(label.text())
        elif isinstance(label, QListWidget):
            for row in range(label.count()):
                label.item(row).setText(Paths.shown(label.item(row).text()))
                texts.append(label.item(row).text())
        elif isinstance(label, QTableWidget):
            for row in range(label.rowCount()):
                for column in range(label.columnCount()):
                    item = label.item(row, column)
                    if item is not None:
                        item.setText(Paths.shown(item.text()))
                        texts.append(item.text())
        if label.toolTip():
            label.setToolTip(Paths.shown(label.toolTip()))
    leaks = [text for text in texts if Paths.leaked(text)]
    if leaks:
        raise SystemExit(f"a temporary path would show in a screenshot: {leaks}")


def save(widget: QWidget, name: str, wait: int = 100) -> Path:
    """Let the widget lay out and paint, then save it as ``images/<name>.png``."""
    widget.show()
    settle(wait)
    hide_temporary_paths(widget)
    settle(50)
    path = IMAGES / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not save {path}")
    print(f"saved {path.relative_to(ROOT)}")
    return path


def shoot_first_start(data_dir: Path, roster_file: Path) -> None:
    """The first-start dialog and the roster import's check, on an empty data folder."""
    from unionapp.storage.context import open_context
    from unionapp.ui.common import tasks
    from unionapp.ui.roster.roster_import_dialog import RosterImportDialog
    from unionapp.ui.settings.union_form import SetupDialog

    tasks.set_synchronous(True)
    ctx = open_context(data_dir)
    try:
        dialog = SetupDialog(ctx)
        save(dialog, "setup")
        dialog.close()
        importer = RosterImportDialog(ctx)
        importer.load_file(roster_file)
        save(importer, "roster-import")
        importer.close()
    finally:
        ctx.close()


NOTICE_2023 = ROOT / "tests" / "catalogue" / "notice" / "data" / "notice_2023_ocr.txt"
"""The 2023 notice as the chairperson receives it; the new-year shots make this year's from it."""


def shoot_new_year(data_dir: Path) -> None:
    """服务项目 in a later year: the outdated catalogue, this year's notice previewed, and last
    year carried forward (on the first-start folder, which holds the bundled 2023 catalogue)."""
    from unionapp.storage.context import open_context
    from unionapp.ui.catalogue.catalogue_page import CataloguePage
    from unionapp.ui.common import tasks

    tasks.set_synchronous(True)
    this_year = date.today().year
    notice = NOTICE_2023.read_text(encoding="utf-8").replace("2023", str(this_year))
    notice = notice.replace("提前 15 个工作日", "提前 20 个工作日")
    ctx = open_context(data_dir)
    try:
        page = CataloguePage(ctx)
        page.resize(1000, 600)
        save(page, "new-year-outdated")
        page.import_notice_action.trigger()
        dialog = page.import_dialog
        assert dialog is not None
        dialog.paste.setPlainText(notice)
        dialog.read_pasted()
        dialog.resize(1000, 600)
        save(dialog, "new-year-preview")
        dialog.close()
        page.carry_forward()
        save(page, "new-year-carried")
        page.close()
    finally:
        ctx.close()


def shoot_server_dialog() -> None:
    """设置 → 共享数据库 → 设置服务器…, filled in as a chairperson would for the guide's example."""
    from unionapp.ui.settings.shared_database import ServerDialog

    dialog = ServerDialog(None)
    dialog.host.setText("192.168.1.10")
    dialog.database.setText("unionapp")
    dialog.user.setText("wang_zhuxi")
    dialog.password.setText("example-password")
    save(dialog, "server-dialog")
    dialog.close()


def shoot_clash(data_dir: Path) -> None:
    """The message when a colleague (login wang_zhuxi) saved the same field of a draft while it
    was open: who and when, theirs beside mine, the three choices."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox
    from sqlmodel import select

    from unionapp.applications.service import update_application
    from unionapp.models import Application, ownership
    from unionapp.storage.context import open_context
    from unionapp.ui.applications.application_editor import ApplicationEditor

    ctx = open_context(data_dir)
    try:
        with ctx.session() as session:
            draft = session.exec(select(Application.id).where(Application.status == "draft"))
            app_id = draft.first()
        editor = ApplicationEditor(ctx, app_id)
        editor.show()
        settle(200)
        actor = ownership.current_actor
        ownership.current_actor = lambda: "wang_zhuxi"  # the colleague, on another PC
        try:
            with ctx.session() as session:
                update_application(session, app_id, {"contact": "王建国", "phone": "13910001234"})
        finally:
            ownership.current_actor = actor
        editor.fields["contact"].setText("李芳")
        editor.dirty = True

        def shoot() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(50, shoot)
                return
            save(box, "clash")
            theirs = next(b for b in box.buttons() if b.text() == "采用对方的内容")
            theirs.click()  # the draft saved: closing the editor asks nothing

        QTimer.singleShot(0, shoot)
        editor.save()
        editor.close()
    finally:
        ctx.close()


SLOW_SHOTS = ("preview", "report")
"""Screens showing a PDF: its pages are rendered in the background."""


def shoot_window(data_dir: Path) -> None:
    """The main window's sections and the dialogs opened from them."""
    from unionapp.storage.paths import resolve_paths
    from unionapp.ui.common import tasks
    from unionapp.ui.main_window import MainWindow

    tasks.set_synchronous(True)
    window = MainWindow(resolve_paths(str(data_dir)))
    window.resize(SCREEN[0], SCREEN[1] - TASK_BAR)  # maximised above the task bar
    window.show()
    if not window.load():
        raise SystemExit("the demo data folder did not open")
    shots: list[tuple[str, Callable[[], QWidget]]] = [
        ("home", lambda: _section(window, "home")),
        ("roster", lambda: _section(window, "roster")),
        ("catalogue", lambda: _section(window, "catalogue")),
        ("applications", lambda: _section(window, "applications")),
        ("editor", lambda: _editor(window, draft=True)),
        ("participants", lambda: _participants(window)),
        ("preview", lambda: _preview(window)),
        ("reply", lambda: _reply(window)),
        ("timeline", lambda: _editor(window, draft=False)),
        ("report", lambda: _report(window)),
        ("settings", lambda: _section(window, "settings")),
        ("help", lambda: _help(window)),
    ]
    for name, show in shots:
        widget = show()
        save(widget, name, wait=1500 if name in SLOW_SHOTS else 100)
        if widget is not window:
            widget.close()
    window.close()


def _section(window: QWidget, key: str) -> QWidget:
    window.show_section(key)  # type: ignore[attr-defined]
    return window


def _application_ids(window: QWidget) -> dict[str, int]:
    from unionapp.applications.service import list_applications

    with window.ctx.session() as session:  # type: ignore[attr-defined]
        return {row.status: row.id for row in list_applications(session)}


def _editor(window: QWidget, *, draft: bool) -> QWidget:
    page = window.show_section("applications")  # type: ignore[attr-defined]
    ids = _application_ids(window)
    editor = page.open_application(ids["draft" if draft else "done"])
    if not draft:
        editor.tabs.setCurrentIndex(1)
    return editor


def _participants(window: QWidget) -> QWidget:
    """The participant picker of the draft, searching a department."""
    from unionapp.ui.applications.participant_picker import ParticipantPicker

    picker = ParticipantPicker(window.ctx, _application_ids(window)["draft"], window)  # type: ignore[attr-defined]
    picker.search.setText("研发")
    picker.run_search()
    return picker


def _preview(window: QWidget) -> QWidget:
    from io import BytesIO

    from unionapp.applications.printing import write_applications_pdf
    from unionapp.ui.applications.pdf_preview import PdfPreviewDialog

    buffer = BytesIO()
    with window.ctx.session() as session:  # type: ignore[attr-defined]
        write_applications_pdf(session, [_application_ids(window)["draft"]], buffer)
        session.rollback()  # only the picture is wanted: the draft stays a draft
    return PdfPreviewDialog(buffer.getvalue(), "申请表.pdf", window)


def _reply(window: QWidget) -> QWidget:
    from unionapp.ui.applications.reply_dialog import ReplyDialog

    dialog = ReplyDialog(window.ctx, _application_ids(window)["submitted"], window)  # type: ignore[attr-defined]
    dialog.set_status("accepted")
    dialog.project_no.setText(f"WH{date.today().year}-042")
    return dialog


def _report(window: QWidget) -> QWidget:
    page = window.show_section("reports")  # type: ignore[attr-defined]
    page.generate()
    return window


def _help(window: QWidget) -> QWidget:
    from unionapp.ui.help.guide import HelpWindow

    return HelpWindow(window)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the demo data folder")
    args = parser.parse_args(argv)
    from unionapp.ui.common.cjk_font import ensure_chinese_font
    from unionapp.ui.common.language import install_translations

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("unionapp-screenshots")
    ensure_chinese_font(app)
    install_translations(app, "zh_CN")
    IMAGES.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="unionapp-screenshots-"))
    Paths.work = work
    try:
        roster_file = write_roster_file(work / "会员名册.xlsx")
        empty = work / "first-start"
        empty.mkdir()
        Paths.data = empty
        shoot_first_start(empty, roster_file)
        shoot_new_year(empty)
        demo = work / "demo"
        demo.mkdir()
        Paths.data = demo
        build_demo(demo, roster_file)
        shoot_window(demo)
        shoot_clash(demo)
        shoot_server_dialog()
    finally:
        if args.keep:
            print(f"demo data folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

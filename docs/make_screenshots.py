"""Take the user guide's screenshots from the real program, offscreen.

Builds a demo data folder (union profile, a roster imported from a generated .xlsx by the real
importer, applications in several states through the core API), opens the main window with Qt's
Chinese translations, switches sections, opens dialogs and saves each as a PNG into
``resources/help/images`` (the guide ships with the program from ``resources/help``).

Run from the repository root:  ``QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py``
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "resources" / "help" / "images"
PROGRAMME = "2023“身边”文化助推活动"

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


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


def build_demo(data_dir: Path, roster_file: Path) -> None:
    """Fill a data folder through the core: profile, roster import, applications and replies."""
    from unionapp.applications.service import create_application
    from unionapp.applications.tracking import StatusChange, change_status, submit
    from unionapp.context import open_context
    from unionapp.roster.importer import import_roster
    from unionapp.union import update_union

    today = date.today()
    ctx = open_context(data_dir)
    try:
        with ctx.session() as session:
            update_union(session, **UNION)
        with ctx.session() as session:
            import_roster(session, roster_file)
        with ctx.session() as session:
            draft = create_application(
                session,
                {
                    "programme": "职工文化大讲堂",
                    "service_time": _at(today + timedelta(days=40), 14),
                    "scale": "30人",
                    "needs": "为职工举办一场书法讲座，需讲师一名。",
                },
            )
            submitted = create_application(
                session,
                {
                    "programme": "2023年首都职工乒乓球比赛、培训",
                    "service_time": _at(today + timedelta(days=30), 9),
                    "scale": "20人",
                    "needs": "乒乓球基础培训，需教练一名。",
                },
            )
            done = create_application(
                session,
                {
                    "programme": PROGRAMME,
                    "service_time": _at(today - timedelta(days=25), 14),
                    "scale": "40人",
                    "needs": "非遗手工体验",
                },
            )
            draft_id, submitted_id, done_id = draft.id, submitted.id, done.id
        with ctx.session() as session:
            assert submitted_id is not None and done_id is not None
            submit(
                session, submitted_id, today - timedelta(days=2), "电子邮件", "北京职工体育服务中心"
            )
            submit(session, done_id, today - timedelta(days=60), "现场", "文化宫 吴老师")
            steps = [
                StatusChange("accepted", today - timedelta(days=50), project_no="WH2023-017"),
                StatusChange(
                    "scheduled",
                    today - timedelta(days=45),
                    scheduled_at=_at(today - timedelta(days=25), 14),
                ),
                StatusChange(
                    "done", today - timedelta(days=25), attendance=38, feedback="职工反响很好"
                ),
            ]
            for step in steps:
                change_status(session, done_id, step)
        print(f"demo data: drafts {draft_id}, submitted {submitted_id}, done {done_id}")
    finally:
        ctx.close()


def settle(milliseconds: int) -> None:
    """Process events for a while (PDF pages are rendered in the background)."""
    deadline = time.monotonic() + milliseconds / 1000
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def save(widget: QWidget, name: str, wait: int = 100) -> Path:
    """Let the widget lay out and paint, then save it as ``images/<name>.png``."""
    widget.show()
    settle(wait)
    path = IMAGES / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not save {path}")
    print(f"saved {path.relative_to(ROOT)}")
    return path


def shoot_first_start(data_dir: Path, roster_file: Path) -> None:
    """The first-start dialog and the roster import's check, on an empty data folder."""
    from unionapp.context import open_context
    from unionapp.ui import tasks
    from unionapp.ui.roster_import_dialog import RosterImportDialog
    from unionapp.ui.union_form import SetupDialog

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


SLOW_SHOTS = ("preview", "report")
"""Screens showing a PDF: its pages are rendered in the background."""


def shoot_window(data_dir: Path) -> None:
    """The main window's sections and the dialogs opened from them."""
    from unionapp.paths import resolve_paths
    from unionapp.ui import tasks
    from unionapp.ui.main_window import MainWindow

    tasks.set_synchronous(True)
    window = MainWindow(resolve_paths(str(data_dir)))
    window.show()
    if not window.load():
        raise SystemExit("the demo data folder did not open")
    shots: list[tuple[str, Callable[[], QWidget]]] = [
        ("home", lambda: _section(window, "home")),
        ("roster", lambda: _section(window, "roster")),
        ("catalogue", lambda: _section(window, "catalogue")),
        ("applications", lambda: _section(window, "applications")),
        ("editor", lambda: _editor(window, draft=True)),
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
    editor.resize(1000, 820)
    if not draft:
        editor.tabs.setCurrentIndex(1)
    return editor


def _preview(window: QWidget) -> QWidget:
    from io import BytesIO

    from unionapp.applications.printing import write_applications_pdf
    from unionapp.ui.pdf_preview import PdfPreviewDialog

    buffer = BytesIO()
    with window.ctx.session() as session:  # type: ignore[attr-defined]
        write_applications_pdf(session, [_application_ids(window)["draft"]], buffer)
        session.rollback()  # only the picture is wanted: the draft stays a draft
    return PdfPreviewDialog(buffer.getvalue(), "申请表.pdf", window)


def _reply(window: QWidget) -> QWidget:
    from unionapp.ui.reply_dialog import ReplyDialog

    dialog = ReplyDialog(window.ctx, _application_ids(window)["submitted"], window)  # type: ignore[attr-defined]
    dialog.set_status("accepted")
    return dialog


def _report(window: QWidget) -> QWidget:
    page = window.show_section("reports")  # type: ignore[attr-defined]
    page.generate()
    return window


def _help(window: QWidget) -> QWidget:
    from unionapp.ui.help import HelpWindow

    return HelpWindow(window)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the demo data folder")
    args = parser.parse_args(argv)
    from unionapp.ui.app import install_translations

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("unionapp-screenshots")
    install_translations(app, "zh_CN")
    IMAGES.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="unionapp-screenshots-"))
    try:
        roster_file = write_roster_file(work / "会员名册.xlsx")
        empty = work / "first-start"
        empty.mkdir()
        shoot_first_start(empty, roster_file)
        demo = work / "demo"
        demo.mkdir()
        build_demo(demo, roster_file)
        shoot_window(demo)
    finally:
        if args.keep:
            print(f"demo data folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

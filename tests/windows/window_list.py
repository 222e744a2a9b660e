"""Every top-level window and dialog of the program, each with a way to open it on demo data.

``WINDOWS`` maps a name to a factory; ``dialog_classes()`` finds every QDialog subclass under
``unionapp.ui`` so that a dialog added without being listed here fails ``test_every_dialog_is_listed``.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

import unionapp.ui

ROSTER_CSV = "姓名,性别,部门,手机\n张伟,男,研发部,13800000001\n王静,女,财务部,1380000\n"


@dataclass
class Demo:
    """An opened data folder with one union, members, a submitted application and its reply."""

    ctx: Any
    folder: Path
    app_id: int
    entry_id: int
    main: Any = None


def build_demo(folder: Path) -> Demo:
    """The data every window needs, written through the core."""
    from unionapp.applications.service import create_application
    from unionapp.applications.tracking import submit
    from unionapp.catalogue.query import find_programme
    from unionapp.models import Member
    from unionapp.storage.context import open_context
    from unionapp.union import update_union

    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    ctx = open_context(data)
    with ctx.session() as session:
        update_union(
            session,
            name="北京市东城区示例科技有限公司工会委员会",
            contact="李明",
            contact_title="工会主席",
            phone="010-65110000",
            address="北京市东城区东四北大街107号",
        )
        session.add(Member(name="张伟", gender="男", department="研发部"))
        programme = find_programme(session, "2023“身边”文化助推活动")
        application = create_application(
            session,
            {"service_time": datetime(2023, 6, 8, 14), "participant_count": 30},
            programme_id=programme.id,
            today=date(2023, 5, 4),
        )
        entry = submit(session, application.id, date(2023, 5, 5), "现场", "文化宫")
        app_id, entry_id = application.id, entry.id
    (folder / "名册.csv").write_text(ROSTER_CSV, "utf-8")
    return Demo(ctx=ctx, folder=folder, app_id=app_id, entry_id=entry_id)


def _main_window(demo: Demo) -> QWidget:
    from unionapp.storage.paths import resolve_paths
    from unionapp.ui.main_window import MainWindow

    window = MainWindow(resolve_paths(str(demo.ctx.paths.root)))
    window.ctx = demo.ctx
    window._build_sections()
    return window


def _editor(demo: Demo) -> QWidget:
    from unionapp.ui.applications.application_editor import ApplicationEditor

    return ApplicationEditor(demo.ctx, demo.app_id)


def _preview(demo: Demo) -> QWidget:
    from unionapp.applications.printing import applications_pdf_bytes
    from unionapp.ui.applications.pdf_preview import PdfPreviewDialog

    with demo.ctx.session() as session:
        pdf = applications_pdf_bytes(session, [demo.app_id])
    return PdfPreviewDialog(pdf, "申请表.pdf")


def _reply(demo: Demo) -> QWidget:
    from unionapp.ui.applications.reply_dialog import ReplyDialog

    return ReplyDialog(demo.ctx, demo.app_id)


def _correction(demo: Demo) -> QWidget:
    from unionapp.ui.applications.timeline_widget import CorrectionDialog

    return CorrectionDialog(demo.ctx, demo.entry_id)


def _participants(demo: Demo) -> QWidget:
    from unionapp.ui.applications.participant_picker import ParticipantPicker

    return ParticipantPicker(demo.ctx, demo.app_id)


def _programme(demo: Demo) -> QWidget:
    from unionapp.catalogue.query import ProgrammeInfo
    from unionapp.catalogue.store import CATEGORIES
    from unionapp.ui.catalogue.programme_dialog import ProgrammeDialog

    info = ProgrammeInfo(id=None, year=2026, name="", category=CATEGORIES[0])
    return ProgrammeDialog(demo.ctx, info)


def _member(demo: Demo) -> QWidget:
    from unionapp.ui.roster.member_dialog import MemberDialog

    return MemberDialog(demo.ctx, None)


def _member_status(demo: Demo) -> QWidget:
    from unionapp.ui.roster.member_dialog import StatusDialog

    return StatusDialog("张伟", "active")


def _roster_import(demo: Demo) -> QWidget:
    from unionapp.ui.roster.roster_import_dialog import RosterImportDialog

    dialog = RosterImportDialog(demo.ctx)
    dialog.load_file(demo.folder / "名册.csv")
    return dialog


def _header_mapping(demo: Demo) -> QWidget:
    from unionapp.roster.reader import read_roster
    from unionapp.ui.roster.roster_import_dialog import HeaderMappingDialog

    path = demo.folder / "无姓名列.csv"
    path.write_text("名字,部门\n张伟,研发部\n", "utf-8")
    return HeaderMappingDialog(read_roster(path))


def _notice_import(demo: Demo) -> QWidget:
    from unionapp.ui.catalogue.import_dialog import NOTICE, CatalogueImportDialog

    return CatalogueImportDialog(demo.ctx, NOTICE)


def _table_import(demo: Demo) -> QWidget:
    """The catalogue import's preview of a whole year's table."""
    from unionapp.catalogue.exchange import export_catalogue
    from unionapp.ui.catalogue.import_dialog import SPREADSHEET, CatalogueImportDialog

    path = demo.folder / "服务项目目录.xlsx"
    with demo.ctx.session() as session:
        export_catalogue(session, path, year=2023)
    dialog = CatalogueImportDialog(demo.ctx, SPREADSHEET)
    dialog.load_file(path)
    return dialog


def _attachment_kind(demo: Demo) -> QWidget:
    from unionapp.ui.applications.attachment_kind import AttachmentKindDialog

    names = [f"活动照片{i:02d}-职工文化服务活动现场.jpg" for i in range(10)]
    return AttachmentKindDialog(names, "photo")


def _login(demo: Demo) -> QWidget:
    from unionapp.storage.engine import parse_database_url
    from unionapp.ui.settings.login_dialog import LoginDialog

    target = parse_database_url("postgresql://wang_zhuxi@192.168.1.10:5432/unionapp")
    return LoginDialog(target, "服务器 192.168.1.10:5432 要求输入用户 wang_zhuxi 的密码。")


def _server(demo: Demo) -> QWidget:
    from unionapp.ui.settings.shared_database import ServerDialog

    return ServerDialog("postgresql://unionapp@192.168.1.10:5432/unionapp")


def _calendar(demo: Demo) -> QWidget:
    from unionapp.ui.settings.calendar_dialog import CalendarDialog

    return CalendarDialog(demo.ctx)


def _setup(demo: Demo) -> QWidget:
    from unionapp.ui.settings.union_form import SetupDialog

    return SetupDialog(demo.ctx)


def _about(demo: Demo) -> QWidget:
    from unionapp.ui.help.about_dialog import AboutDialog

    return AboutDialog(demo.ctx.paths.root)


def _guide(demo: Demo) -> QWidget:
    from unionapp.ui.help.guide import HelpWindow

    return HelpWindow()


def _smtp(demo: Demo) -> QWidget:
    from unionapp.ui.reports.smtp_dialog import SmtpDialog

    return SmtpDialog(demo.ctx)


def _mail_history(demo: Demo) -> QWidget:
    from unionapp.ui.reports.mail_history_dialog import MailHistoryDialog

    return MailHistoryDialog(demo.ctx)


WINDOWS: dict[str, Callable[[Demo], QWidget]] = {
    "MainWindow": _main_window,
    "ApplicationEditor": _editor,
    "PdfPreviewDialog": _preview,
    "ReplyDialog": _reply,
    "AttachmentKindDialog": _attachment_kind,
    "CorrectionDialog": _correction,
    "ParticipantPicker": _participants,
    "ProgrammeDialog": _programme,
    "CatalogueImportDialog": _notice_import,
    "CatalogueImportDialog (table)": _table_import,
    "MemberDialog": _member,
    "StatusDialog": _member_status,
    "RosterImportDialog": _roster_import,
    "HeaderMappingDialog": _header_mapping,
    "CalendarDialog": _calendar,
    "SetupDialog": _setup,
    "ServerDialog": _server,
    "LoginDialog": _login,
    "AboutDialog": _about,
    "HelpWindow": _guide,
    "SmtpDialog": _smtp,
    "MailHistoryDialog": _mail_history,
}


def dialog_classes() -> set[str]:
    """The names of every QDialog subclass defined in a module under ``unionapp.ui``."""
    for module in pkgutil.walk_packages(unionapp.ui.__path__, "unionapp.ui."):
        importlib.import_module(module.name)
    found: set[str] = set()
    pending = list(QDialog.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("unionapp.ui."):
            found.add(cls.__name__)
    return found

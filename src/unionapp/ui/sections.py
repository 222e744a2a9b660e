"""The sections of the main window, in navigation order. Only sections that work are listed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from unionapp.context import AppContext


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: str
    factory: Callable[[AppContext, QWidget], QWidget]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sections", text)


def section_specs() -> list[SectionSpec]:
    from unionapp.ui.applications_page import ApplicationsPage
    from unionapp.ui.catalogue_page import CataloguePage
    from unionapp.ui.home_page import HomePage
    from unionapp.ui.report_page import ReportPage
    from unionapp.ui.roster_page import RosterPage
    from unionapp.ui.settings_page import SettingsPage

    return [
        SectionSpec("home", _tr("首页"), HomePage),
        SectionSpec("applications", _tr("申请"), ApplicationsPage),
        SectionSpec("roster", _tr("会员名册"), RosterPage),
        SectionSpec("catalogue", _tr("服务项目"), CataloguePage),
        SectionSpec("reports", _tr("报表"), ReportPage),
        SectionSpec("settings", _tr("设置"), SettingsPage),
    ]

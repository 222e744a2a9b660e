"""The sections of the main window, in navigation order. Only sections that work are listed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from unionapp.storage.context import AppContext


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: str
    factory: Callable[[AppContext, QWidget], QWidget]


def section_specs(*, federation: bool = False) -> list[SectionSpec]:
    """The sections for the login: a federation login gets its own view and no roster."""
    from unionapp.ui.applications.applications_page import ApplicationsPage
    from unionapp.ui.catalogue.catalogue_page import CataloguePage
    from unionapp.ui.federation.federation_page import FederationPage
    from unionapp.ui.home.home_page import HomePage
    from unionapp.ui.reports.report_page import ReportPage
    from unionapp.ui.roster.roster_page import RosterPage
    from unionapp.ui.settings.settings_page import SettingsPage

    if federation:
        return [
            SectionSpec(
                "federation", QCoreApplication.translate("Sections", "各工会"), FederationPage
            )
        ]
    return [
        SectionSpec("home", QCoreApplication.translate("Sections", "首页"), HomePage),
        SectionSpec(
            "applications", QCoreApplication.translate("Sections", "申请"), ApplicationsPage
        ),
        SectionSpec("roster", QCoreApplication.translate("Sections", "会员名册"), RosterPage),
        SectionSpec("catalogue", QCoreApplication.translate("Sections", "服务项目"), CataloguePage),
        SectionSpec("reports", QCoreApplication.translate("Sections", "报表"), ReportPage),
        SectionSpec("settings", QCoreApplication.translate("Sections", "设置"), SettingsPage),
    ]

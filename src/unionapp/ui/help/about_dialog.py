"""Help → About: the version, the data folder, and the licences of the bundled fonts and libraries."""

from __future__ import annotations

import html
import platform
import re
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from unionapp import __version__
from unionapp.resources import resource_path
from unionapp.ui.common.fitting import fit_to_screen


@dataclass(frozen=True)
class FontLicence:
    font: str
    file: str
    licence: str
    licence_files: tuple[str, ...]


@dataclass(frozen=True)
class LibraryLicence:
    name: str
    distribution: str  # its name on PyPI, for the installed version; "" for Python itself
    licence: str


# Licences as the packages' own metadata states them (checked by tests/packaging/test_about.py).
LIBRARIES = (
    LibraryLicence("Qt / PySide6", "PySide6_Essentials", "LGPL-3.0"),
    LibraryLicence("Qt PDF / PySide6_Pdf", "PySide6_Pdf", "LGPL-3.0"),
    LibraryLicence("shiboken6", "shiboken6", "LGPL-3.0"),
    LibraryLicence("ReportLab", "reportlab", "BSD"),
    LibraryLicence("Pillow", "pillow", "MIT-CMU"),
    LibraryLicence("SQLAlchemy", "SQLAlchemy", "MIT"),
    LibraryLicence("SQLModel", "sqlmodel", "MIT"),
    LibraryLicence("Alembic", "alembic", "MIT"),
    LibraryLicence("openpyxl", "openpyxl", "MIT"),
    LibraryLicence("python-calamine", "python-calamine", "MIT"),
    LibraryLicence("pypinyin", "pypinyin", "MIT"),
    LibraryLicence("chinesecalendar", "chinesecalendar", "MIT"),
    LibraryLicence("platformdirs", "platformdirs", "MIT"),
    LibraryLicence("filelock", "filelock", "MIT"),
    LibraryLicence("fontTools", "fonttools", "MIT"),
    LibraryLicence("keyring", "keyring", "MIT"),
    LibraryLicence("python-docx", "python-docx", "MIT"),
    LibraryLicence("lxml", "lxml", "BSD-3-Clause"),
    LibraryLicence("pdfplumber", "pdfplumber", "MIT"),
    LibraryLicence("pdfminer.six", "pdfminer.six", "MIT"),
    LibraryLicence("pypdfium2 (PDFium)", "pypdfium2", "BSD-3-Clause, Apache-2.0"),
    LibraryLicence("Python", "", "PSF-2.0"),
)

_BACKTICKED = re.compile(r"`([^`]+)`")


def font_licences(readme: Path | None = None) -> list[FontLicence]:
    """The fonts table of ``resources/fonts/README.md``: one entry per bundled font file."""
    readme = readme or resource_path("fonts", "README.md")
    fonts = []
    for line in readme.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 5 or not cells[0].startswith("`"):
            continue  # not a row of the table (or its header)
        licence_cell = cells[4]
        fonts.append(
            FontLicence(
                font=cells[1].split(" (")[0].replace("*", ""),
                file=cells[0].strip("`"),
                licence=licence_cell.split(":")[0].strip(),
                licence_files=tuple(
                    name for name in _BACKTICKED.findall(licence_cell) if not name.endswith(".md")
                ),
            )
        )
    return fonts


def library_version(library: LibraryLicence) -> str:
    """The installed version ("" when the package metadata is not available)."""
    if not library.distribution:
        return platform.python_version()
    try:
        return version(library.distribution)
    except PackageNotFoundError:
        return ""


class AboutDialog(QDialog):
    def __init__(self, data_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_folder = data_folder
        self.setWindowTitle(self.tr("关于基层工会助手"))
        fit_to_screen(self, 640, 560)
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addLayout(self._data_folder_row())
        self.licences = QTextBrowser(self)
        self.licences.setOpenLinks(False)
        self.licences.anchorClicked.connect(QDesktopServices.openUrl)
        self.licences.setHtml(self._licences_html())
        layout.addWidget(self.licences, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(
            QPixmap(str(resource_path("icons", "unionapp.png"))).scaled(
                64,
                64,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(
            self.tr(
                "<h2>基层工会助手</h2><p>版本 {0}</p>"
                "<p>管理会员名册，填报、打印北京市总工会职工文体服务项目申请表（附件3），"
                "跟踪回复并导出报表。所有数据只保存在本机。</p>"
            ).format(html.escape(__version__)),
            self,
        )
        self.title.setWordWrap(True)
        row.addWidget(self.title, 1)
        return row

    def _data_folder_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.folder_label = QLabel(self.tr("数据文件夹：{0}").format(str(self.data_folder)), self)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        row.addWidget(self.folder_label, 1)
        open_folder = QPushButton(self.tr("打开数据文件夹"), self)
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder)))
        )
        row.addWidget(open_folder)
        return row

    def _licences_html(self) -> str:
        font_rows = []
        for font in font_licences():
            links = "、".join(
                f'<a href="{QUrl.fromLocalFile(str(resource_path("fonts", name))).toString()}">'
                f"{html.escape(name)}</a>"
                for name in font.licence_files
            )
            font_rows.append(_row(font.font, font.file, font.licence, extra=links))
        library_rows = [_row(lib.name, library_version(lib), lib.licence) for lib in LIBRARIES]
        fonts_title = self.tr("随程序附带的字体")
        fonts_note = self.tr("申请表使用以下字体并把用到的字形嵌入 PDF。点击文件名查看许可证全文。")
        libraries_title = self.tr("主要程序库")
        lgpl_note = self.tr(
            "Qt 与 PySide6 按 GNU LGPL 第 3 版使用，以独立的动态链接库随程序提供，"
            "可以替换为其他兼容版本。各程序库的许可证全文在安装文件夹的 "
            "_internal 文件夹中（*.dist-info）。"
        )
        font_header = _row(self.tr("字体"), self.tr("文件"), self.tr("许可证"), cell="th")
        library_header = _row(self.tr("名称"), self.tr("版本"), self.tr("许可证"), cell="th")
        return (
            f"<h3>{fonts_title}</h3><p>{fonts_note}</p>"
            f"{_TABLE}{font_header}{''.join(font_rows)}</table>"
            f"<h3>{libraries_title}</h3>"
            f"{_TABLE}{library_header}{''.join(library_rows)}</table>"
            f"<p>{lgpl_note}</p>"
        )


_TABLE = '<table cellspacing="0" cellpadding="4" border="1" width="100%">'


def _row(*texts: str, cell: str = "td", extra: str = "") -> str:
    """One table row of escaped texts; ``extra`` (HTML) goes under the last cell's text."""
    cells = [f"<{cell}>{html.escape(text)}</{cell}>" for text in texts]
    if extra:
        cells[-1] = cells[-1].replace(f"</{cell}>", f"<br>{extra}</{cell}>")
    return f"<tr>{''.join(cells)}</tr>"

"""The Help menu: the user guide shipped in ``resources/help``, shown in a window of its own.

The guide is Markdown with screenshots beside it (``images/*.png``); QTextBrowser renders it, so the
help works offline and in the frozen program without a web browser.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QTextBrowser, QVBoxLayout, QWidget

from unionapp.ui.common.fitting import fit_to_screen

GUIDE_FILE = "用户指南.md"
IMAGE_WIDTH = 820
"""Screenshots wider than this are shown scaled down to it in the help window."""


def guide_path() -> Path:
    """The shipped user guide (Markdown)."""
    from unionapp.resources import resource_path

    return resource_path("help", GUIDE_FILE)


class HelpWindow(QDialog):
    """The user guide, rendered from Markdown, with its screenshots."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("基层工会助手 — 用户指南"))
        fit_to_screen(self, 900, 760)
        layout = QVBoxLayout(self)
        note = self.tr("（本指南为中文。）")
        if note != "（本指南为中文。）":  # a translated UI: say the guide itself is in Chinese
            layout.addWidget(QLabel(note, self))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        layout.addWidget(self.browser)
        path = guide_path()
        if path.is_file():
            self.browser.setSource(
                QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
            )
            self._fit_images()
        else:
            self.browser.setPlainText(
                self.tr("找不到用户指南文件：{0}\n请重新安装基层工会助手。").format(path)
            )

    def _fit_images(self) -> None:
        """Scale the wide screenshots down so they fit the window's width."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                image = fragment.charFormat().toImageFormat()
                if fragment.isValid() and image.isValid():
                    self._fit_image(document, fragment.position(), fragment.length(), image)
                iterator += 1
            block = block.next()

    def _fit_image(
        self, document: QTextDocument, position: int, length: int, image: QTextImageFormat
    ) -> None:
        resource = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image.name()))
        width = resource.width() if hasattr(resource, "width") else 0
        if width <= IMAGE_WIDTH:
            return
        image.setWidth(IMAGE_WIDTH)
        image.setHeight(resource.height() * IMAGE_WIDTH / width)
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image)


def show_guide(parent: QWidget | None = None) -> HelpWindow:
    """Open the user guide in a window that stays open beside the main window."""
    window = HelpWindow(parent)
    window.show()
    return window


def add_help_actions(menu: QMenu, window: QWidget) -> None:
    """Add 用户指南 (F1) to the Help menu of ``window``."""
    action = QAction(QCoreApplication.translate("Help", "用户指南(&G)"), window)
    action.setShortcut(QKeySequence.StandardKey.HelpContents)
    action.triggered.connect(lambda: show_guide(window))
    menu.addAction(action)
    menu.addSeparator()

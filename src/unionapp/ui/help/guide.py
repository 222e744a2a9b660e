"""The Help menu: the user guide shipped in ``resources/help``, shown in a window of its own.

The guide is Markdown with screenshots beside it (``images/*.png``); QTextBrowser renders it, so the
help works offline and in the frozen program without a web browser. Links to ``#标题`` (the
contents at the top) jump to the heading of that text; F1 opens the guide at the heading of the
page the user is on (``SECTION_HEADINGS``).
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QKeySequence,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QTextBrowser, QVBoxLayout, QWidget

from unionapp.ui.common.fitting import fit_to_screen

GUIDE_FILE = "用户指南.md"
IMAGE_WIDTH = 820
"""Screenshots wider than this are shown scaled down to it in the help window."""

SECTION_HEADINGS = {
    "home": "首页：需要处理的事项",
    "applications": "填写和打印申请表",
    "roster": "导入会员名册",
    "catalogue": "先看可以申请的服务项目",
    "reports": "报表和邮件",
    "settings": "备份和恢复",
}
"""The guide's heading for each section of the main window (what F1 opens there)."""


def anchor_key(text: str) -> str:
    """A heading or link target reduced to its letters and digits ("#第一次使用填写本工会资料")."""
    return re.sub(r"[\W_]+", "", text).lower()


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
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow_link)
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

    def headings(self) -> list[QTextBlock]:
        """The heading blocks of the guide, in order."""
        found = []
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                found.append(block)
            block = block.next()
        return found

    def show_heading(self, heading: str) -> bool:
        """Scroll so that the heading matching ``heading`` is at the top; False if there is none."""
        key = anchor_key(heading)
        blocks = self.headings()
        match = next((b for b in blocks if anchor_key(b.text()) == key), None)
        match = match or next((b for b in blocks if anchor_key(b.text()).startswith(key)), None)
        if match is None or not key:
            return False
        cursor = QTextCursor(match)
        self.browser.setTextCursor(cursor)
        layout = self.browser.document().documentLayout()
        self.browser.verticalScrollBar().setValue(int(layout.blockBoundingRect(match).top()))
        return True

    def _follow_link(self, url: QUrl) -> None:
        """A link of the contents jumps within the guide; other links open outside."""
        inside = url.isRelative() or url.toLocalFile() == str(guide_path())
        if url.hasFragment() and inside:
            self.show_heading(url.fragment(QUrl.ComponentFormattingOption.FullyDecoded))
        elif not inside:
            QDesktopServices.openUrl(url)

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


def show_guide(parent: QWidget | None = None, section: str = "") -> HelpWindow:
    """Open the user guide (at the heading for ``section``, a main-window section key) in a
    window that stays open beside the main window; an open guide is reused."""
    opened = [w for w in parent.findChildren(HelpWindow) if w.isVisible()] if parent else []
    window = opened[0] if opened else HelpWindow(parent)
    window.show()
    if opened:  # bring the guide that is already open in front of the main window
        window.raise_()
        window.activateWindow()
    heading = SECTION_HEADINGS.get(section, "")
    if not (heading and window.show_heading(heading)):
        window.browser.verticalScrollBar().setValue(0)
    return window


def add_help_actions(menu: QMenu, window: QWidget) -> None:
    """Add 用户指南 (F1) to the Help menu of ``window``; it opens at the current section, if
    ``window`` tells it (a ``current_section()`` method returning a section key)."""
    action = QAction(QCoreApplication.translate("Help", "用户指南(&G)"), window)
    action.setShortcut(QKeySequence.StandardKey.HelpContents)
    current = getattr(window, "current_section", lambda: "")
    action.triggered.connect(lambda: show_guide(window, current()))
    menu.addAction(action)
    menu.addSeparator()


def add_help_key(window: QWidget, section: str) -> QAction:
    """F1 in a window of its own (such as the application editor) opens the guide at the heading
    of ``section``; the guide belongs to the main window, so one guide serves both."""
    action = QAction(QCoreApplication.translate("Help", "用户指南(&G)"), window)
    action.setShortcut(QKeySequence.StandardKey.HelpContents)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(partial(_guide_for, window, section))
    window.addAction(action)
    return action


def _guide_for(window: QWidget, section: str) -> None:
    parent = window.parentWidget()
    show_guide(parent.window() if parent is not None else window, section)

"""The user guide: shipped in resources/help with its screenshots, opened from the Help menu."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtTest import QTest

from unionapp.ui.help.guide import (
    IMAGE_WIDTH,
    SECTION_HEADINGS,
    HelpWindow,
    anchor_key,
    guide_path,
)

IMAGE_LINK = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
TOPICS = (
    "安装",
    "第一次使用",
    "导入会员名册",
    "打印",
    "回复",
    "报表",
    "邮件",
    "备份",
    "恢复",
    "换电脑",
)


def _images(guide: Path) -> list[str]:
    return IMAGE_LINK.findall(guide.read_text("utf-8"))


def test_guide_exists_and_covers_the_topics() -> None:
    guide = guide_path()
    assert guide.is_file()
    text = guide.read_text("utf-8")
    assert [topic for topic in TOPICS if topic not in text] == []


def test_every_image_of_the_guide_exists_and_every_screenshot_is_used() -> None:
    guide = guide_path()
    images = _images(guide)
    assert len(images) >= 8
    missing = [name for name in images if not (guide.parent / name).is_file()]
    assert missing == []
    unused = {p.name for p in (guide.parent / "images").glob("*.png")} - {
        Path(name).name for name in images
    }
    assert unused <= {"help.png"}, f"screenshots the guide does not show: {sorted(unused)}"


def test_image_check_catches_a_missing_picture(tmp_path: Path) -> None:
    guide = tmp_path / "guide.md"
    guide.write_text("# 指南\n\n![截图](images/nowhere.png)\n", "utf-8")
    assert [n for n in _images(guide) if not (tmp_path / n).is_file()] == ["images/nowhere.png"]


def test_help_window_renders_the_guide_with_its_screenshots(qtbot) -> None:
    window = HelpWindow()
    qtbot.addWidget(window)
    document = window.browser.document()
    assert "基层工会助手 用户指南" in document.toPlainText()
    first = _images(guide_path())[0]
    image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(first))
    assert image is not None and not image.isNull()
    html = document.toHtml()
    assert f'width="{IMAGE_WIDTH}"' in html, "wide screenshots are scaled to the window"


def test_help_menu_opens_the_guide(qtbot, data_dir: Path) -> None:
    from unionapp.storage.paths import resolve_paths
    from unionapp.ui.main_window import MainWindow

    window = MainWindow(resolve_paths(str(data_dir)))
    qtbot.addWidget(window)
    help_menu = window.menuBar().actions()[-1].menu()
    guide = next(a for a in help_menu.actions() if a.text() == "用户指南(&G)")
    assert guide.shortcut().toString() == "F1"
    guide.trigger()
    opened = [w for w in window.findChildren(HelpWindow) if w.isVisible()]
    assert len(opened) == 1
    opened[0].close()


def _top_heading(window: HelpWindow) -> str:
    """The text of the block shown at the top of the help window."""
    return window.browser.cursorForPosition(QPoint(4, 4)).block().text()


def test_every_section_of_the_window_has_its_heading_in_the_guide(qtbot) -> None:
    from unionapp.ui.sections import section_specs

    window = HelpWindow()
    qtbot.addWidget(window)
    headings = {anchor_key(block.text()) for block in window.headings()}
    assert {spec.key for spec in section_specs()} <= set(SECTION_HEADINGS)
    assert [h for h in SECTION_HEADINGS.values() if anchor_key(h) not in headings] == []


def test_the_contents_are_clickable(qtbot) -> None:
    window = HelpWindow()
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    document = window.browser.document()
    cursor = document.find("备份和恢复")  # its first occurrence: the line of the contents
    assert cursor.charFormat().isAnchor()
    assert window.browser.verticalScrollBar().value() == 0
    inside = QTextCursor(document)
    inside.setPosition(cursor.selectionStart() + 2)  # within the link's text
    where = window.browser.cursorRect(inside).center()
    assert window.browser.anchorAt(where) == "#备份和恢复"
    QTest.mouseClick(window.browser.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.browser.verticalScrollBar().value() > 0
    assert _top_heading(window) == "备份和恢复"


def test_f1_opens_the_guide_at_the_current_page(qtbot, data_dir: Path) -> None:
    from unionapp.storage.paths import resolve_paths
    from unionapp.ui.main_window import MainWindow

    window = MainWindow(resolve_paths(str(data_dir)))
    qtbot.addWidget(window)
    from unionapp.storage.context import open_context

    window.ctx = open_context(data_dir)
    window._build_sections()
    window.show()
    help_menu = window.menuBar().actions()[-1].menu()
    guide = next(a for a in help_menu.actions() if a.shortcut().toString() == "F1")
    row = next(r for r in range(window.nav.count()) if window.nav.item(r).text() == "会员名册")
    rect = window.nav.visualItemRect(window.nav.item(row))
    QTest.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    guide.trigger()
    opened = [w for w in window.findChildren(HelpWindow) if w.isVisible()]
    assert len(opened) == 1
    assert _top_heading(opened[0]) == "导入会员名册"
    rect = window.nav.visualItemRect(window.nav.item(window.nav.count() - 2))  # 报表
    QTest.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    guide.trigger()
    again = [w for w in window.findChildren(HelpWindow) if w.isVisible()]
    assert again == opened, "the open guide is reused"
    assert _top_heading(opened[0]) == "报表和邮件"
    opened[0].close()
    window.close()


def test_f1_in_the_application_editor_opens_the_applications_section(qtbot, ctx) -> None:
    from PySide6.QtWidgets import QWidget

    from unionapp.applications.service import create_application
    from unionapp.ui.applications.application_editor import ApplicationEditor

    with ctx.session() as session:
        app_id = create_application(session).id
    owner = QWidget()
    qtbot.addWidget(owner)
    editor = ApplicationEditor(ctx, app_id, owner)
    editor.show()
    [f1] = [a for a in editor.actions() if a.shortcut().toString() == "F1"]
    f1.trigger()
    [guide] = [w for w in owner.findChildren(HelpWindow) if w.isVisible()]
    assert _top_heading(guide) == "填写和打印申请表"
    guide.close()
    editor.close()

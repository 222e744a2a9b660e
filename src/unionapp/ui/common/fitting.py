"""Windows that fit the screen: a 1366×768 laptop at 125% scaling offers about 1093×614 pixels.

``fit_to_screen`` sizes a window to what it would like, but never larger than the screen's free
area; ``scroll_contents`` moves a dialog's content into a scroll area so that its button box stays
visible below it whatever the screen's height.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialogButtonBox,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

DECORATION = (16, 40)
"""Room left for the window's frame and title bar (width, height), which the system adds."""


def available_geometry(window: QWidget) -> QRect:
    """The free area (without task bar) of the screen the window is on."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width``×``height`` (or its size hint, when larger), within the screen."""
    area = available_geometry(window)
    hint = window.sizeHint()
    window.resize(
        min(max(width, hint.width()), area.width() - DECORATION[0]),
        min(max(height, hint.height()), area.height() - DECORATION[1]),
    )


def scroll_contents(dialog: QWidget, width: int, height: int) -> QScrollArea:
    """Put everything of the dialog's top box layout except its button boxes into a scroll area.

    The button boxes stay below the scroll area, so they are visible however small the screen.
    Then the dialog is sized with ``fit_to_screen``.
    """
    layout = dialog.layout()
    assert isinstance(layout, QBoxLayout), "the dialog's top layout must be a box layout"
    content = QWidget(dialog)
    inner = QVBoxLayout(content)
    inner.setContentsMargins(0, 0, 0, 0)
    kept: list[tuple[int, QWidget]] = []
    index = 0
    while index < layout.count():
        item = layout.itemAt(index)
        stretch = layout.stretch(index)
        if isinstance(item.widget(), QDialogButtonBox):
            kept.append((stretch, item.widget()))
            layout.takeAt(index)
            continue
        layout.takeAt(index)
        if item.widget() is not None:
            inner.addWidget(item.widget(), stretch, item.alignment())
        elif item.layout() is not None:
            inner.addLayout(item.layout(), stretch)
        elif item.spacerItem() is not None:
            inner.addStretch(max(stretch, 1))
    scroll = QScrollArea(dialog)
    scroll.setObjectName("dialogContents")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    scroll.setWidget(content)
    layout.addWidget(scroll, 1)
    for stretch, box in kept:
        layout.addWidget(box, stretch)
    _fit_scrolled(dialog, scroll, content, width, height)
    return scroll


def _fit_scrolled(
    dialog: QWidget, scroll: QScrollArea, content: QWidget, width: int, height: int
) -> None:
    """Size the dialog so that the content shows whole when the screen allows it."""
    area = available_geometry(dialog)
    wanted = content.sizeHint()
    extra_w = dialog.sizeHint().width() - scroll.sizeHint().width()
    extra_h = dialog.sizeHint().height() - scroll.sizeHint().height()
    bar = scroll.verticalScrollBar().sizeHint().width()
    dialog.resize(
        min(max(width, wanted.width() + extra_w + bar), area.width() - DECORATION[0]),
        min(max(height, wanted.height() + extra_h), area.height() - DECORATION[1]),
    )

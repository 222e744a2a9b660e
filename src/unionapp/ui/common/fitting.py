"""Windows that fit the screen: a 1366×768 laptop at 125% scaling offers about 1093×614 pixels.

``fit_to_screen`` sizes a window to what it would like, but never larger than the screen's free
area; ``scroll_contents`` moves a dialog's content into a scroll area so that its button box stays
visible below it whatever the screen's height.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
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
    When first shown, the dialog takes ``width``×``height`` or the size its content asks for,
    whichever is larger, but never more than the screen's free area.
    """
    layout = dialog.layout()
    assert isinstance(layout, QBoxLayout), "the dialog's top layout must be a box layout"
    content = QWidget(dialog)
    inner = QVBoxLayout(content)
    inner.setContentsMargins(0, 0, 0, 0)
    kept: list[tuple[int, QWidget]] = []
    while layout.count():
        stretch = layout.stretch(0)
        item = layout.takeAt(0)
        widget, inner_layout = item.widget(), item.layout()
        if isinstance(widget, QDialogButtonBox):
            kept.append((stretch, widget))
        elif widget is not None:
            inner.addWidget(widget, stretch, item.alignment())
        elif inner_layout is not None:
            inner.addLayout(inner_layout, stretch)
        else:  # a spacing or a stretch
            inner.addItem(item)
            inner.setStretch(inner.count() - 1, stretch)
    scroll = QScrollArea(dialog)
    scroll.setObjectName("dialogContents")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    scroll.setWidget(content)
    layout.addWidget(scroll, 1)
    for stretch, box in kept:
        layout.addWidget(box, stretch)
    _FitOnShow(dialog, scroll, content, (width, height))
    return scroll


class _FitOnShow(QObject):
    """Sizes a scrolled dialog when it is first shown (after the code that built it has hidden
    or shown its rows), so that its content shows whole when the screen allows it."""

    def __init__(
        self, dialog: QWidget, scroll: QScrollArea, content: QWidget, size: tuple[int, int]
    ) -> None:
        super().__init__(dialog)
        self.dialog, self.scroll, self.content, self.size = dialog, scroll, content, size
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dialog and event.type() == QEvent.Type.Show:
            self.dialog.removeEventFilter(self)
            self.fit()
        return False

    def fit(self) -> None:
        dialog, scroll = self.dialog, self.scroll
        area = available_geometry(dialog)
        wanted = self.content.sizeHint()
        extra_w = dialog.sizeHint().width() - scroll.sizeHint().width()
        extra_h = dialog.sizeHint().height() - scroll.sizeHint().height()
        bar = scroll.verticalScrollBar().sizeHint().width()
        width = min(max(self.size[0], wanted.width() + extra_w + bar), area.width() - DECORATION[0])
        height = min(max(self.size[1], wanted.height() + extra_h), area.height() - DECORATION[1])
        dialog.resize(width, height)  # QDialog then centres it (on its parent) within the screen

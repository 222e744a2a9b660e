"""Preview of a produced PDF (QtPdf), printing it through the Qt print dialog, saving it.

QtPdf renders pages with a transparent background; every image made here is composited on white.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionapp.ui.common.fitting import fit_to_screen

# Printing renders each page as an image; more than this many dots per inch only costs memory.
_MAX_PRINT_DPI = 600


def render_page_image(document: QPdfDocument, page: int, dpi: float) -> QImage:
    """Page ``page`` of ``document`` at ``dpi``, on an opaque white background."""
    points: QSizeF = document.pagePointSize(page)
    size = QSize(
        max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72))
    )
    rendered = document.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def print_document(document: QPdfDocument, printer: QPrinter) -> None:
    """Send every page to ``printer``, rendered at the printer's resolution, fitted to the page."""
    dpi = min(printer.resolution(), _MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer not ready")
    try:
        target_area: QRect = printer.pageLayout().paintRectPixels(printer.resolution())
        for page in range(document.pageCount()):
            if page > 0:
                printer.newPage()
            image = render_page_image(document, page, dpi)
            scaled = image.size().scaled(target_area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(0, 0, scaled.width(), scaled.height()), image)
    finally:
        painter.end()


class PdfPreviewDialog(QDialog):
    """Shows a PDF held in memory. Signals: ``printed`` once sent to a printer; ``saved(str)``."""

    printed = Signal()
    saved = Signal(str)

    def __init__(self, pdf: bytes, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("打印预览"))
        fit_to_screen(self, 760, 900)
        self._pdf = pdf
        self._suggested_name = suggested_name
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setStyleSheet("background: #808080;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        pages = self.document.pageCount()
        buttons.addWidget(QLabel(self.tr("共 {0} 页（A4）").format(pages), self))
        buttons.addStretch(1)
        self.print_button = QPushButton(self.tr("打印…"), self)
        self.save_button = QPushButton(self.tr("另存为 PDF…"), self)
        close_button = QPushButton(self.tr("关闭"), self)
        for button in (self.print_button, self.save_button, close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        close_button.clicked.connect(self.accept)
        self.print_button.setDefault(True)

    def page_image(self, page: int = 0, dpi: float = 60) -> QImage:
        return render_page_image(self.document, page, dpi)

    def print_pdf(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._suggested_name)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印申请表"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_document(self.document, printer)
        except OSError:
            QMessageBox.warning(
                self, self.tr("无法打印"), self.tr("打印机没有准备好，请检查打印机后再试。")
            )
            return
        self.printed.emit()

    def save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为 PDF"), self._suggested_name, self.tr("PDF 文件 (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            with open(path, "wb") as stream:
                stream.write(self._pdf)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("无法保存"),
                self.tr("无法写入 {0}：{1}").format(path, exc.strerror or exc),
            )
            return
        self.saved.emit(path)

"""What an attached file is, as the user says: the choice offered when a file is added and when
it is relabelled later (盖章申请表扫描件 / 承办单位回复 / 活动照片 / 其他)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from unionapp.applications.attachments import ATTACHMENT_KINDS


def kind_label(kind: str) -> str:
    """The kind in the UI language."""
    labels = {
        "scan": QCoreApplication.translate("AttachmentKind", "盖章申请表扫描件"),
        "reply": QCoreApplication.translate("AttachmentKind", "承办单位回复"),
        "photo": QCoreApplication.translate("AttachmentKind", "活动照片"),
        "other": QCoreApplication.translate("AttachmentKind", "其他"),
    }
    return labels.get(kind, ATTACHMENT_KINDS.get(kind, kind))


def kind_combo(parent: QWidget, selected: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("attachment_kind")
    for kind in ATTACHMENT_KINDS:
        combo.addItem(kind_label(kind), kind)
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    return combo


class AttachmentKindDialog(QDialog):
    """Ask what the named files are; ``kind()`` is the stored value chosen."""

    def __init__(self, names: list[str], selected: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("附件是什么"))
        self.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        shown = "\n".join(names[:8]) + ("\n…" if len(names) > 8 else "")
        label = QLabel(self.tr("请选择这些文件是什么：\n{0}").format(shown), self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.combo = kind_combo(self, selected)
        layout.addWidget(self.combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def kind(self) -> str:
        return str(self.combo.currentData())

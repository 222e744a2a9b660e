"""The bar that says the catalogue is of an earlier year, with the two ways forward."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from unionapp.catalogue.new_year import CatalogueAge


class OutdatedCatalogueBar(QFrame):
    """Hidden while the catalogue is current; ``import_button`` and ``carry_button`` are for the
    page that holds it to connect."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outdatedCatalogue")
        self.setStyleSheet("#outdatedCatalogue { background: #fff4d6; border: 1px solid #e0c36a; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.import_button = QPushButton(self.tr("导入今年的通知…"), self)
        self.carry_button = QPushButton(self)
        layout.addWidget(self.import_button)
        layout.addWidget(self.carry_button)
        self.hide()

    def show_age(self, age: CatalogueAge) -> None:
        self.setVisible(age.outdated)
        if not age.outdated:
            return
        if age.newest_year is None:
            self.label.setText(self.tr("还没有{0}年的服务项目目录。").format(age.this_year))
            self.carry_button.hide()
            return
        self.label.setText(
            self.tr(
                "服务项目目录是{0}年的，还没有{1}年的目录：导入今年的通知，"
                "或先把{0}年的目录复制过来（标为待核实，逐个核对）。"
            ).format(age.newest_year, age.this_year)
        )
        self.carry_button.setText(
            self.tr("复制{0}年目录到{1}年").format(age.newest_year, age.this_year)
        )
        self.carry_button.show()

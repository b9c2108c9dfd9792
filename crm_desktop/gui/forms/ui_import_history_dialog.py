# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_history_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ImportHistoryDialog(object):
    def setupUi(self, ImportHistoryDialog):
        if not ImportHistoryDialog.objectName():
            ImportHistoryDialog.setObjectName(u"ImportHistoryDialog")
        ImportHistoryDialog.resize(760, 380)
        self.verticalLayout = QVBoxLayout(ImportHistoryDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.batchView = QTableView(ImportHistoryDialog)
        self.batchView.setObjectName(u"batchView")

        self.verticalLayout.addWidget(self.batchView)

        self.emptyLabel = QLabel(ImportHistoryDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setVisible(False)
        self.emptyLabel.setStyleSheet(u"color: #5b6b7c;")

        self.verticalLayout.addWidget(self.emptyLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.undoButton = QPushButton(ImportHistoryDialog)
        self.undoButton.setObjectName(u"undoButton")

        self.buttonRow.addWidget(self.undoButton)

        self.errorReportButton = QPushButton(ImportHistoryDialog)
        self.errorReportButton.setObjectName(u"errorReportButton")

        self.buttonRow.addWidget(self.errorReportButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(ImportHistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.verticalLayout.addLayout(self.buttonRow)


        self.retranslateUi(ImportHistoryDialog)
        self.buttonBox.rejected.connect(ImportHistoryDialog.reject)
    # setupUi

    def retranslateUi(self, ImportHistoryDialog):
        ImportHistoryDialog.setWindowTitle(QCoreApplication.translate("ImportHistoryDialog", u"Import history", None))
        self.emptyLabel.setText(QCoreApplication.translate("ImportHistoryDialog", u"No file has been imported into this database yet.", None))
        self.undoButton.setText(QCoreApplication.translate("ImportHistoryDialog", u"&Undo import\u2026", None))
        self.errorReportButton.setText(QCoreApplication.translate("ImportHistoryDialog", u"Open &error report", None))
    # retranslateUi


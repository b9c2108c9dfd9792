# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_preview_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget, QWizardPage)

class Ui_ImportPreviewPage(object):
    def setupUi(self, ImportPreviewPage):
        if not ImportPreviewPage.objectName():
            ImportPreviewPage.setObjectName(u"ImportPreviewPage")
        ImportPreviewPage.resize(640, 420)
        self.verticalLayout = QVBoxLayout(ImportPreviewPage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.progressRow = QHBoxLayout()
        self.progressRow.setObjectName(u"progressRow")
        self.statusLabel = QLabel(ImportPreviewPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.progressRow.addWidget(self.statusLabel)

        self.progressBar = QProgressBar(ImportPreviewPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.progressRow.addWidget(self.progressBar)

        self.cancelButton = QPushButton(ImportPreviewPage)
        self.cancelButton.setObjectName(u"cancelButton")

        self.progressRow.addWidget(self.cancelButton)

        self.retryButton = QPushButton(ImportPreviewPage)
        self.retryButton.setObjectName(u"retryButton")
        self.retryButton.setVisible(False)

        self.progressRow.addWidget(self.retryButton)


        self.verticalLayout.addLayout(self.progressRow)

        self.countsLabel = QLabel(ImportPreviewPage)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setWordWrap(True)
        self.countsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.verticalLayout.addWidget(self.countsLabel)

        self.previewView = QTableView(ImportPreviewPage)
        self.previewView.setObjectName(u"previewView")

        self.verticalLayout.addWidget(self.previewView)

        self.noteRow = QHBoxLayout()
        self.noteRow.setObjectName(u"noteRow")
        self.shownNote = QLabel(ImportPreviewPage)
        self.shownNote.setObjectName(u"shownNote")
        self.shownNote.setWordWrap(True)
        self.shownNote.setStyleSheet(u"color: #5b6b7c;")

        self.noteRow.addWidget(self.shownNote)

        self.noteSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noteRow.addItem(self.noteSpacer)

        self.errorReportButton = QPushButton(ImportPreviewPage)
        self.errorReportButton.setObjectName(u"errorReportButton")
        self.errorReportButton.setVisible(False)

        self.noteRow.addWidget(self.errorReportButton)


        self.verticalLayout.addLayout(self.noteRow)

        self.messageLabel = QLabel(ImportPreviewPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setVisible(False)
        self.messageLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.messageLabel)


        self.retranslateUi(ImportPreviewPage)
    # setupUi

    def retranslateUi(self, ImportPreviewPage):
        ImportPreviewPage.setTitle(QCoreApplication.translate("ImportPreviewPage", u"Preview", None))
        ImportPreviewPage.setSubTitle(QCoreApplication.translate("ImportPreviewPage", u"The whole file is checked as it will be imported. Nothing is saved until you click Import.", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportPreviewPage", u"Cancel", None))
        self.retryButton.setText(QCoreApplication.translate("ImportPreviewPage", u"Check &again", None))
        self.errorReportButton.setText(QCoreApplication.translate("ImportPreviewPage", u"Open the rows with &errors", None))
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_result_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_ImportResultPage(object):
    def setupUi(self, ImportResultPage):
        if not ImportResultPage.objectName():
            ImportResultPage.setObjectName(u"ImportResultPage")
        ImportResultPage.resize(640, 360)
        self.verticalLayout = QVBoxLayout(ImportResultPage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.progressRow = QHBoxLayout()
        self.progressRow.setObjectName(u"progressRow")
        self.statusLabel = QLabel(ImportResultPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.progressRow.addWidget(self.statusLabel)

        self.progressBar = QProgressBar(ImportResultPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.progressRow.addWidget(self.progressBar)

        self.cancelButton = QPushButton(ImportResultPage)
        self.cancelButton.setObjectName(u"cancelButton")

        self.progressRow.addWidget(self.cancelButton)


        self.verticalLayout.addLayout(self.progressRow)

        self.countsLabel = QLabel(ImportResultPage)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setWordWrap(True)
        self.countsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.verticalLayout.addWidget(self.countsLabel)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.errorReportButton = QPushButton(ImportResultPage)
        self.errorReportButton.setObjectName(u"errorReportButton")
        self.errorReportButton.setVisible(False)

        self.actionRow.addWidget(self.errorReportButton)

        self.undoButton = QPushButton(ImportResultPage)
        self.undoButton.setObjectName(u"undoButton")
        self.undoButton.setVisible(False)

        self.actionRow.addWidget(self.undoButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)


        self.verticalLayout.addLayout(self.actionRow)

        self.messageLabel = QLabel(ImportResultPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setVisible(False)
        self.messageLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.bottomSpacer)


        self.retranslateUi(ImportResultPage)
    # setupUi

    def retranslateUi(self, ImportResultPage):
        ImportResultPage.setTitle(QCoreApplication.translate("ImportResultPage", u"Import", None))
        ImportResultPage.setSubTitle(QCoreApplication.translate("ImportResultPage", u"The file is imported as one step, so it can be undone as one.", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportResultPage", u"Cancel", None))
        self.errorReportButton.setText(QCoreApplication.translate("ImportResultPage", u"Open the rows with &errors", None))
        self.undoButton.setText(QCoreApplication.translate("ImportResultPage", u"&Undo this import\u2026", None))
    # retranslateUi


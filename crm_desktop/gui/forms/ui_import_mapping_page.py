# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_mapping_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget, QWizardPage)

class Ui_ImportMappingPage(object):
    def setupUi(self, ImportMappingPage):
        if not ImportMappingPage.objectName():
            ImportMappingPage.setObjectName(u"ImportMappingPage")
        ImportMappingPage.resize(640, 420)
        self.verticalLayout = QVBoxLayout(ImportMappingPage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.savedNote = QLabel(ImportMappingPage)
        self.savedNote.setObjectName(u"savedNote")
        self.savedNote.setVisible(False)
        self.savedNote.setWordWrap(True)
        self.savedNote.setStyleSheet(u"color: #1e6b3a;")

        self.verticalLayout.addWidget(self.savedNote)

        self.mappingView = QTableView(ImportMappingPage)
        self.mappingView.setObjectName(u"mappingView")

        self.verticalLayout.addWidget(self.mappingView)

        self.messageLabel = QLabel(ImportMappingPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setVisible(False)
        self.messageLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.messageLabel)


        self.retranslateUi(ImportMappingPage)
    # setupUi

    def retranslateUi(self, ImportMappingPage):
        ImportMappingPage.setTitle(QCoreApplication.translate("ImportMappingPage", u"Columns and fields", None))
        ImportMappingPage.setSubTitle(QCoreApplication.translate("ImportMappingPage", u"Choose the field each column of the file goes into. Columns set to \u201c\u2014 Do not import \u2014\u201d are left out.", None))
        self.savedNote.setText(QCoreApplication.translate("ImportMappingPage", u"Mapping saved from last time: these columns were imported like this before.", None))
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_policy_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_ImportPolicyPage(object):
    def setupUi(self, ImportPolicyPage):
        if not ImportPolicyPage.objectName():
            ImportPolicyPage.setObjectName(u"ImportPolicyPage")
        ImportPolicyPage.resize(640, 420)
        self.verticalLayout = QVBoxLayout(ImportPolicyPage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(ImportPolicyPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.introSpacer = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.verticalLayout.addItem(self.introSpacer)

        self.skipRadio = QRadioButton(ImportPolicyPage)
        self.skipRadio.setObjectName(u"skipRadio")
        self.skipRadio.setChecked(True)

        self.verticalLayout.addWidget(self.skipRadio)

        self.skipHint = QLabel(ImportPolicyPage)
        self.skipHint.setObjectName(u"skipHint")
        self.skipHint.setWordWrap(True)
        self.skipHint.setStyleSheet(u"color: #5b6b7c; margin-left: 22px; margin-bottom: 6px;")

        self.verticalLayout.addWidget(self.skipHint)

        self.updateRadio = QRadioButton(ImportPolicyPage)
        self.updateRadio.setObjectName(u"updateRadio")

        self.verticalLayout.addWidget(self.updateRadio)

        self.updateHint = QLabel(ImportPolicyPage)
        self.updateHint.setObjectName(u"updateHint")
        self.updateHint.setWordWrap(True)
        self.updateHint.setStyleSheet(u"color: #5b6b7c; margin-left: 22px; margin-bottom: 6px;")

        self.verticalLayout.addWidget(self.updateHint)

        self.overwriteRadio = QRadioButton(ImportPolicyPage)
        self.overwriteRadio.setObjectName(u"overwriteRadio")

        self.verticalLayout.addWidget(self.overwriteRadio)

        self.overwriteHint = QLabel(ImportPolicyPage)
        self.overwriteHint.setObjectName(u"overwriteHint")
        self.overwriteHint.setWordWrap(True)
        self.overwriteHint.setStyleSheet(u"color: #5b6b7c; margin-left: 22px; margin-bottom: 6px;")

        self.verticalLayout.addWidget(self.overwriteHint)

        self.createRadio = QRadioButton(ImportPolicyPage)
        self.createRadio.setObjectName(u"createRadio")

        self.verticalLayout.addWidget(self.createRadio)

        self.createHint = QLabel(ImportPolicyPage)
        self.createHint.setObjectName(u"createHint")
        self.createHint.setWordWrap(True)
        self.createHint.setStyleSheet(u"color: #5b6b7c; margin-left: 22px; margin-bottom: 6px;")

        self.verticalLayout.addWidget(self.createHint)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.bottomSpacer)


        self.retranslateUi(ImportPolicyPage)
    # setupUi

    def retranslateUi(self, ImportPolicyPage):
        ImportPolicyPage.setTitle(QCoreApplication.translate("ImportPolicyPage", u"Duplicates", None))
        ImportPolicyPage.setSubTitle(QCoreApplication.translate("ImportPolicyPage", u"What to do with a row that matches a record you already have, or an earlier row of the file.", None))
        self.skipRadio.setText(QCoreApplication.translate("ImportPolicyPage", u"&Skip the row", None))
        self.skipHint.setText(QCoreApplication.translate("ImportPolicyPage", u"The record stays as it is; the row is not imported.", None))
        self.updateRadio.setText(QCoreApplication.translate("ImportPolicyPage", u"&Update: fill empty fields only", None))
        self.updateHint.setText(QCoreApplication.translate("ImportPolicyPage", u"Fields the record leaves empty get the file's values and tags are added; nothing is replaced.", None))
        self.overwriteRadio.setText(QCoreApplication.translate("ImportPolicyPage", u"&Overwrite with the file's values", None))
        self.overwriteHint.setText(QCoreApplication.translate("ImportPolicyPage", u"The file's non-empty values replace the record's; an empty cell never clears a field.", None))
        self.createRadio.setText(QCoreApplication.translate("ImportPolicyPage", u"&Create anyway", None))
        self.createHint.setText(QCoreApplication.translate("ImportPolicyPage", u"The row becomes a new record, even if it repeats one you have.", None))
    # retranslateUi


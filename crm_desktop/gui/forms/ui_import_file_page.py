# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_file_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_ImportFilePage(object):
    def setupUi(self, ImportFilePage):
        if not ImportFilePage.objectName():
            ImportFilePage.setObjectName(u"ImportFilePage")
        ImportFilePage.resize(640, 360)
        self.verticalLayout = QVBoxLayout(ImportFilePage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.pathEditLabel = QLabel(ImportFilePage)
        self.pathEditLabel.setObjectName(u"pathEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pathEditLabel)

        self.pathRow = QHBoxLayout()
        self.pathRow.setObjectName(u"pathRow")
        self.pathEdit = QLineEdit(ImportFilePage)
        self.pathEdit.setObjectName(u"pathEdit")
        self.pathEdit.setClearButtonEnabled(True)

        self.pathRow.addWidget(self.pathEdit)

        self.browseButton = QPushButton(ImportFilePage)
        self.browseButton.setObjectName(u"browseButton")

        self.pathRow.addWidget(self.browseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.pathRow)

        self.entityLabel = QLabel(ImportFilePage)
        self.entityLabel.setObjectName(u"entityLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.entityLabel)

        self.entityRow = QHBoxLayout()
        self.entityRow.setObjectName(u"entityRow")
        self.contactsRadio = QRadioButton(ImportFilePage)
        self.contactsRadio.setObjectName(u"contactsRadio")
        self.contactsRadio.setChecked(True)

        self.entityRow.addWidget(self.contactsRadio)

        self.accountsRadio = QRadioButton(ImportFilePage)
        self.accountsRadio.setObjectName(u"accountsRadio")

        self.entityRow.addWidget(self.accountsRadio)

        self.entitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entityRow.addItem(self.entitySpacer)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.entityRow)

        self.encodingComboLabel = QLabel(ImportFilePage)
        self.encodingComboLabel.setObjectName(u"encodingComboLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.encodingComboLabel)

        self.encodingCombo = QComboBox(ImportFilePage)
        self.encodingCombo.setObjectName(u"encodingCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.encodingCombo)

        self.encodingHint = QLabel(ImportFilePage)
        self.encodingHint.setObjectName(u"encodingHint")
        self.encodingHint.setWordWrap(True)
        self.encodingHint.setStyleSheet(u"color: #5b6b7c;")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.encodingHint)


        self.verticalLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(ImportFilePage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setVisible(False)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.pathEditLabel.setBuddy(self.pathEdit)
        self.encodingComboLabel.setBuddy(self.encodingCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportFilePage)
    # setupUi

    def retranslateUi(self, ImportFilePage):
        ImportFilePage.setTitle(QCoreApplication.translate("ImportFilePage", u"Choose the file", None))
        ImportFilePage.setSubTitle(QCoreApplication.translate("ImportFilePage", u"Excel workbooks (.xlsx, .xls), OpenDocument spreadsheets (.ods), CSV and text files, and vCards (.vcf) can be imported.", None))
        self.pathEditLabel.setText(QCoreApplication.translate("ImportFilePage", u"&File:", None))
        self.browseButton.setText(QCoreApplication.translate("ImportFilePage", u"&Browse\u2026", None))
        self.entityLabel.setText(QCoreApplication.translate("ImportFilePage", u"Import as:", None))
        self.contactsRadio.setText(QCoreApplication.translate("ImportFilePage", u"&Contacts", None))
        self.accountsRadio.setText(QCoreApplication.translate("ImportFilePage", u"Acc&ounts", None))
        self.encodingComboLabel.setText(QCoreApplication.translate("ImportFilePage", u"Text &encoding:", None))
        self.encodingHint.setText(QCoreApplication.translate("ImportFilePage", u"Only for CSV and text files. Automatic recognises UTF-8, UTF-16 and GBK (Chinese Excel and WPS).", None))
    # retranslateUi


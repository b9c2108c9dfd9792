# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_sheet_page.ui'
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
    QHeaderView, QLabel, QSizePolicy, QSpacerItem,
    QSpinBox, QTableView, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_ImportSheetPage(object):
    def setupUi(self, ImportSheetPage):
        if not ImportSheetPage.objectName():
            ImportSheetPage.setObjectName(u"ImportSheetPage")
        ImportSheetPage.resize(640, 420)
        self.verticalLayout = QVBoxLayout(ImportSheetPage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.sheetComboLabel = QLabel(ImportSheetPage)
        self.sheetComboLabel.setObjectName(u"sheetComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sheetComboLabel)

        self.sheetCombo = QComboBox(ImportSheetPage)
        self.sheetCombo.setObjectName(u"sheetCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sheetCombo)

        self.headerRowSpinLabel = QLabel(ImportSheetPage)
        self.headerRowSpinLabel.setObjectName(u"headerRowSpinLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.headerRowSpinLabel)

        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.headerRowSpin = QSpinBox(ImportSheetPage)
        self.headerRowSpin.setObjectName(u"headerRowSpin")
        self.headerRowSpin.setMinimum(1)

        self.headerRow.addWidget(self.headerRowSpin)

        self.headerHint = QLabel(ImportSheetPage)
        self.headerHint.setObjectName(u"headerHint")
        self.headerHint.setStyleSheet(u"color: #5b6b7c;")

        self.headerRow.addWidget(self.headerHint)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.headerRow)


        self.verticalLayout.addLayout(self.formLayout)

        self.rowsView = QTableView(ImportSheetPage)
        self.rowsView.setObjectName(u"rowsView")

        self.verticalLayout.addWidget(self.rowsView)

        self.messageLabel = QLabel(ImportSheetPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setVisible(False)
        self.messageLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.sheetComboLabel.setBuddy(self.sheetCombo)
        self.headerRowSpinLabel.setBuddy(self.headerRowSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportSheetPage)
    # setupUi

    def retranslateUi(self, ImportSheetPage):
        ImportSheetPage.setTitle(QCoreApplication.translate("ImportSheetPage", u"Sheet and column titles", None))
        ImportSheetPage.setSubTitle(QCoreApplication.translate("ImportSheetPage", u"Check which row holds the column titles. The rows below it are imported.", None))
        self.sheetComboLabel.setText(QCoreApplication.translate("ImportSheetPage", u"&Sheet:", None))
        self.headerRowSpinLabel.setText(QCoreApplication.translate("ImportSheetPage", u"&Header row:", None))
        self.headerHint.setText(QCoreApplication.translate("ImportSheetPage", u"The highlighted row holds the column titles.", None))
    # retranslateUi


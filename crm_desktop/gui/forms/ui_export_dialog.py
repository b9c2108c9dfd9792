# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(560, 300)
        self.verticalLayout = QVBoxLayout(ExportDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.scopeBox = QGroupBox(ExportDialog)
        self.scopeBox.setObjectName(u"scopeBox")
        self.scopeLayout = QVBoxLayout(self.scopeBox)
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.viewRadio = QRadioButton(self.scopeBox)
        self.viewRadio.setObjectName(u"viewRadio")
        self.viewRadio.setChecked(True)

        self.scopeLayout.addWidget(self.viewRadio)

        self.recordsRadio = QRadioButton(self.scopeBox)
        self.recordsRadio.setObjectName(u"recordsRadio")

        self.scopeLayout.addWidget(self.recordsRadio)


        self.verticalLayout.addWidget(self.scopeBox)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formatComboLabel = QLabel(ExportDialog)
        self.formatComboLabel.setObjectName(u"formatComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formatComboLabel)

        self.formatCombo = QComboBox(ExportDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.pathEditLabel = QLabel(ExportDialog)
        self.pathEditLabel.setObjectName(u"pathEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pathEditLabel)

        self.pathRow = QHBoxLayout()
        self.pathRow.setObjectName(u"pathRow")
        self.pathEdit = QLineEdit(ExportDialog)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathRow.addWidget(self.pathEdit)

        self.browseButton = QPushButton(ExportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.pathRow.addWidget(self.browseButton)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.pathRow)


        self.verticalLayout.addLayout(self.formLayout)

        self.summaryLabel = QLabel(ExportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setStyleSheet(u"color: #5b6b7c;")

        self.verticalLayout.addWidget(self.summaryLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.formatComboLabel.setBuddy(self.formatCombo)
        self.pathEditLabel.setBuddy(self.pathEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)
        self.buttonBox.rejected.connect(ExportDialog.reject)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export", None))
        self.scopeBox.setTitle(QCoreApplication.translate("ExportDialog", u"What to export", None))
        self.viewRadio.setText(QCoreApplication.translate("ExportDialog", u"The current &list (its filter, sort and visible columns)", None))
        self.recordsRadio.setText(QCoreApplication.translate("ExportDialog", u"&All fields of every record (for re-import)", None))
        self.formatComboLabel.setText(QCoreApplication.translate("ExportDialog", u"&Format:", None))
        self.pathEditLabel.setText(QCoreApplication.translate("ExportDialog", u"&Save as:", None))
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"&Browse\u2026", None))
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(460, 400)
        self.verticalLayout = QVBoxLayout(SettingsDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.languageComboLabel = QLabel(SettingsDialog)
        self.languageComboLabel.setObjectName(u"languageComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageComboLabel)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.regionComboLabel = QLabel(SettingsDialog)
        self.regionComboLabel.setObjectName(u"regionComboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.regionComboLabel)

        self.regionCombo = QComboBox(SettingsDialog)
        self.regionCombo.setObjectName(u"regionCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.regionCombo)

        self.demoSizeSpinLabel = QLabel(SettingsDialog)
        self.demoSizeSpinLabel.setObjectName(u"demoSizeSpinLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.demoSizeSpinLabel)

        self.demoSizeSpin = QSpinBox(SettingsDialog)
        self.demoSizeSpin.setObjectName(u"demoSizeSpin")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.demoSizeSpin)

        self.staleDaysSpinLabel = QLabel(SettingsDialog)
        self.staleDaysSpinLabel.setObjectName(u"staleDaysSpinLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.staleDaysSpinLabel)

        self.staleDaysSpin = QSpinBox(SettingsDialog)
        self.staleDaysSpin.setObjectName(u"staleDaysSpin")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.staleDaysSpin)

        self.stagesButtonLabel = QLabel(SettingsDialog)
        self.stagesButtonLabel.setObjectName(u"stagesButtonLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.stagesButtonLabel)

        self.stagesButton = QPushButton(SettingsDialog)
        self.stagesButton.setObjectName(u"stagesButton")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.stagesButton)

        self.slaPolicyEditLabel = QLabel(SettingsDialog)
        self.slaPolicyEditLabel.setObjectName(u"slaPolicyEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.slaPolicyEditLabel)

        self.slaPolicyRow = QHBoxLayout()
        self.slaPolicyRow.setObjectName(u"slaPolicyRow")
        self.slaPolicyEdit = QLineEdit(SettingsDialog)
        self.slaPolicyEdit.setObjectName(u"slaPolicyEdit")
        self.slaPolicyEdit.setReadOnly(True)

        self.slaPolicyRow.addWidget(self.slaPolicyEdit)

        self.slaPolicyButton = QPushButton(SettingsDialog)
        self.slaPolicyButton.setObjectName(u"slaPolicyButton")

        self.slaPolicyRow.addWidget(self.slaPolicyButton)

        self.slaDefaultButton = QPushButton(SettingsDialog)
        self.slaDefaultButton.setObjectName(u"slaDefaultButton")

        self.slaPolicyRow.addWidget(self.slaDefaultButton)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.slaPolicyRow)


        self.verticalLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageComboLabel.setBuddy(self.languageCombo)
        self.regionComboLabel.setBuddy(self.regionCombo)
        self.demoSizeSpinLabel.setBuddy(self.demoSizeSpin)
        self.staleDaysSpinLabel.setBuddy(self.staleDaysSpin)
        self.slaPolicyEditLabel.setBuddy(self.slaPolicyEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.rejected.connect(SettingsDialog.reject)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.languageComboLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
        self.regionComboLabel.setText(QCoreApplication.translate("SettingsDialog", u"Default phone &region:", None))
        self.demoSizeSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Demo data size:", None))
        self.staleDaysSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"Deals go &stale after:", None))
#if QT_CONFIG(tooltip)
        self.staleDaysSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"A deal with no activity for this many days is marked on the board. 0 turns the mark off.", None))
#endif // QT_CONFIG(tooltip)
        self.stagesButtonLabel.setText(QCoreApplication.translate("SettingsDialog", u"Sales pipeline:", None))
        self.stagesButton.setText(QCoreApplication.translate("SettingsDialog", u"Edit pipeline &stages\u2026", None))
        self.slaPolicyEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Service &SLA policy:", None))
        self.slaPolicyEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"The policy shipped with the CRM", None))
#if QT_CONFIG(tooltip)
        self.slaPolicyEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"Working days, hours, holidays and the response and resolution targets per priority (a JSON file).", None))
#endif // QT_CONFIG(tooltip)
        self.slaPolicyButton.setText(QCoreApplication.translate("SettingsDialog", u"C&hoose\u2026", None))
        self.slaDefaultButton.setText(QCoreApplication.translate("SettingsDialog", u"Shipped", None))
#if QT_CONFIG(tooltip)
        self.slaDefaultButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"Use the policy shipped with the CRM", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

